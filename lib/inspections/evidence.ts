// Evidence: the records of the app a finding rests on, kept as typed references (a kind, the
// record's id, the label it had when chosen). Kinds are open text so later ones need no migration
// (the finance kinds came so); an unknown kind shows its label without a link. Client-safe.

export type EvidenceRef = { kind: string; refId: string; label: string };

export const EVIDENCE_KINDS: Record<string, { label: string; href: (refId: string) => string }> = {
  welfareVisit: { label: "Thăm hỏi", href: (id) => `/welfare/${id}` },
  meeting: { label: "Cuộc họp", href: (id) => `/meetings/${id}` },
  member: { label: "Đoàn viên", href: (id) => `/members/${id}` },
  // The reference of a rating year is the year itself: its page is /rating?year=.
  ratingYear: { label: "Xếp loại", href: (year) => `/rating?year=${year}` },
  // Finance (evidence-finance.ts): a phiếu thu / chi opens as printed; a period as its báo cáo thu, chi.
  fundEntry: { label: "Phiếu thu, chi", href: (id) => `/print/finance/voucher/${id}` },
  fundPeriod: {
    label: "Kỳ thu, chi quỹ",
    href: (ref) =>
      `/print/finance/report?year=${ref.slice(0, 4)}${ref.length > 4 ? `&quarter=${ref.slice(-1)}` : ""}`,
  },
  duesRemittance: { label: "Nộp đoàn phí lên cấp trên", href: () => `/finance/dues` },
};

/** The link of a reference, or null for a kind this version of the app cannot open. */
export function evidenceHref(ref: Pick<EvidenceRef, "kind" | "refId">): string | null {
  return EVIDENCE_KINDS[ref.kind]?.href(ref.refId) ?? null;
}

export const evidenceKindLabel = (kind: string) => EVIDENCE_KINDS[kind]?.label ?? "Hồ sơ";
