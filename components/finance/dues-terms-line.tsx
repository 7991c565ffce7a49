import { NOT_COLLECTED_REASON, notCollectedText } from "@/lib/finance/dues/collect-stop";
import { collectStopped, type DuesTerms } from "@/lib/finance/dues/rule";
import { formatMoney } from "@/lib/format";

const pct = (n: number) => `${String(n).replace(".", ",")} %`;

/** The rule in force for a month, in one sentence: the rate, the base, the cap, the share. */
export function duesTermsLine(t: DuesTerms): string {
  if (collectStopped(t)) return `${notCollectedText(null)}: ${NOT_COLLECTED_REASON}.`;
  const base =
    t.unitType === "enterprise" && t.enterpriseBase === "net" ? "tiền lương thực lĩnh" : "lương đóng BHXH";
  const cap =
    t.unitType === "enterprise"
      ? `, tối đa ${formatMoney(Math.round((t.baseSalary * t.capPercent) / 100))}`
      : "";
  const higher = t.bchRatePercent > t.ratePercent ? ` · mức BCH quyết định ${pct(t.bchRatePercent)}` : "";
  return `Mức đóng ${pct(t.ratePercent)} ${base}${cap} · lương cơ sở ${formatMoney(t.baseSalary)}${higher} · CĐCS giữ ${pct(t.cdcsSharePercent)}, nộp cấp trên ${pct(100 - t.cdcsSharePercent)}`;
}

/**
 * The rule of each period of a year, one sentence per span of months in which it did not change
 * ("Tháng 01–05/2025: Mức đóng 1 % …. Tháng 06–12/2025: Không thu đoàn phí …"); one sentence when the
 * year had one rule.
 */
export function duesYearTermsLine(months: { month: string; terms: DuesTerms }[]): string {
  const spans: { from: string; to: string; text: string }[] = [];
  for (const { month, terms } of months) {
    const text = duesTermsLine(terms);
    const prev = spans.at(-1);
    if (prev?.text === text) prev.to = month;
    else spans.push({ from: month, to: month, text });
  }
  if (spans.length === 1) return spans[0].text;
  const mm = (m: string) => m.slice(5, 7);
  const year = (m: string) => m.slice(0, 4);
  return spans
    .map((s) => {
      const when =
        s.from === s.to
          ? `Tháng ${mm(s.from)}/${year(s.from)}`
          : `Tháng ${mm(s.from)}–${mm(s.to)}/${year(s.to)}`;
      return `${when}: ${s.text.replace(/\.$/, "")}.`;
    })
    .join(" ");
}
