import "server-only";
// The PDF writer moved to lib/document (one engine for every paper); kept for existing imports.
export { renderReportsPdf } from "@/lib/document/pdf/writer";
