import "server-only";
// A sent paper as PDF: exactly as frozen (no signer or date chosen again), for the cấp trên and the CĐCS.
import { renderReportsPdf } from "@/lib/document/pdf/writer";
import { downloadResponse } from "@/lib/http/download";
import { thawDocs } from "./frozen";
import type { SubmissionKindCode } from "./payloads";

const FILES: Record<SubmissionKindCode, string> = {
  SELF_RATING: "tu-danh-gia-xep-loai-cdcs",
  AWARDS_FILE: "ho-so-de-nghi-khen-thuong",
  ANNUAL_REPORT: "bao-cao-tong-ket",
  STATISTICS: "bao-cao-thong-ke-doan-vien",
  DUES_SHARE: "bao-cao-thu-nop-doan-phi",
};

export async function submissionPdf(s: {
  kind: SubmissionKindCode;
  year: number;
  version: number;
  doc: unknown;
}) {
  const pdf = await renderReportsPdf(thawDocs(s.doc));
  return downloadResponse(pdf, `${FILES[s.kind]}-${s.year}-ban-${s.version}`, "pdf", { inline: true });
}
