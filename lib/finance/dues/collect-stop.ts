// Whether the unit collects đoàn phí on a day, and since when it has not: a unit fully funded by the
// state budget stops collecting (dues.unit.funding = state_full with dues.stateFunded.collect = stop,
// from 01/6/2025 by default). Pure: the caller hands in the stored settings (facts.ts loads them).
// The words every screen and paper uses to say so are here too, so the dashboard and the tổng kết
// cannot word it differently.
import { formatDate } from "@/lib/format";
import { SETTING_REGISTRY } from "@/lib/settings/registry";
import { resolveSetting } from "@/lib/settings/service";
import { monthLabel } from "./labels";
import { collectStopped } from "./rule";
import { termsForMonth, type StoredDuesSettings } from "./terms";

/** Why such a unit does not collect, as the rule line and the tổng kết give it. */
export const NOT_COLLECTED_REASON = "đơn vị hưởng 100 % lương từ ngân sách nhà nước (Công văn 4133/TLĐ-ToC)";

/** "Không thu đoàn phí (từ 01/06/2025)", or without the date when it is not known. */
export const notCollectedText = (since: Date | string | null) =>
  `Không thu đoàn phí${since ? ` (từ ${formatDate(since)})` : ""}`;

/**
 * The day ("yyyy-MM-dd") from which the unit has not collected đoàn phí ("" when it never did), or null
 * when it collects on `onDate`.
 */
export function notCollectedSince(stored: StoredDuesSettings, onDate: string): string | null {
  const funding = resolveSetting(
    SETTING_REGISTRY["dues.unit.funding"],
    stored["dues.unit.funding"] ?? [],
    onDate,
  );
  const collect = resolveSetting(
    SETTING_REGISTRY["dues.stateFunded.collect"],
    stored["dues.stateFunded.collect"] ?? [],
    onDate,
  );
  if (funding.value !== "state_full" || collect.value !== "stop") return null;
  // The stop began when the later of the two settings took effect.
  const from = [funding.effectiveFrom ?? "", collect.effectiveFrom ?? ""].sort().at(-1)!;
  return from;
}

export type MonthsCollection = {
  /** The months ("yyyy-MM") the unit collected, in order. */
  collected: string[];
  /** The months it did not. */
  stopped: string[];
  /** When the stop of the first stopped month began ("" unknown), null when no month stopped. */
  since: string | null;
};

/** Which months of a span the unit collected, priced as the ledger prices them (the terms of the 1st). */
export function collectionOfMonths(stored: StoredDuesSettings, months: string[]): MonthsCollection {
  const stopped = months.filter((m) => collectStopped(termsForMonth(stored, m)));
  return {
    collected: months.filter((m) => !stopped.includes(m)),
    stopped,
    since: stopped.length ? notCollectedSince(stored, `${stopped[0]}-01`) : null,
  };
}

/**
 * The sentence that says a unit did not collect in a span, or null when it collected every month:
 * "Không thu đoàn phí (từ 01/06/2025): …" when the stop runs to the span's end (the usual case),
 * else "Không thu đoàn phí tháng 06/2025–08/2025: …".
 */
export function stopSentence(c: MonthsCollection): string | null {
  if (!c.stopped.length) return null;
  const toEnd = c.collected.every((m) => m < c.stopped[0]);
  return `${toEnd ? notCollectedText(c.since) : `Không thu đoàn phí tháng ${monthRuns(c.stopped)}`}: ${NOT_COLLECTED_REASON}.`;
}

/** "09/2024–05/2025", "06/2025", or runs of months joined ("01/2025–03/2025, 09/2025–12/2025"). */
export function monthRuns(months: string[]): string {
  const runs: [string, string][] = [];
  for (const m of months) {
    const last = runs.at(-1);
    if (last && nextMonth(last[1]) === m) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([a, b]) => (a === b ? monthLabel(a) : `${monthLabel(a)}–${monthLabel(b)}`)).join(", ");
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
