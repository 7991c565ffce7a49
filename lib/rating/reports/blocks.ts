// The block model moved to lib/document (one engine for every paper); kept so that existing
// imports of the rating report builders still resolve.
export * from "@/lib/document/blocks";
