import type { DuesTerms } from "@/lib/finance/dues/rule";
import { formatMoney } from "@/lib/format";

const pct = (n: number) => `${String(n).replace(".", ",")} %`;

/** The rule in force for a month, in one sentence: the rate, the base, the cap, the share. */
export function duesTermsLine(t: DuesTerms): string {
  if (t.funding === "state_full" && t.stateFundedCollect === "stop")
    return "Không thu đoàn phí: đơn vị hưởng 100 % lương từ ngân sách nhà nước (Công văn 4133/TLĐ-ToC).";
  const base =
    t.unitType === "enterprise" && t.enterpriseBase === "net" ? "tiền lương thực lĩnh" : "lương đóng BHXH";
  const cap =
    t.unitType === "enterprise"
      ? `, tối đa ${formatMoney(Math.round((t.baseSalary * t.capPercent) / 100))}`
      : "";
  const higher = t.bchRatePercent > t.ratePercent ? ` · mức BCH quyết định ${pct(t.bchRatePercent)}` : "";
  return `Mức đóng ${pct(t.ratePercent)} ${base}${cap} · lương cơ sở ${formatMoney(t.baseSalary)}${higher} · CĐCS giữ ${pct(t.cdcsSharePercent)}, nộp cấp trên ${pct(100 - t.cdcsSharePercent)}`;
}
