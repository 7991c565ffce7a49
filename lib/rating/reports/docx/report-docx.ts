import "server-only";
// The DOCX writer moved to lib/document (one engine for every paper); kept for existing imports.
export { buildReportDocx, DOCX_MAX_ROWS } from "@/lib/document/docx/document-docx";
