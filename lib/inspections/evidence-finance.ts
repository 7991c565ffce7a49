import "server-only";
// The finance records an inspection may cite (decision 0077, the kinds it left for later): a fund
// entry (phiếu thu / chi), a fund period (a quarter or a year of thu–chi, refId "2026" or
// "2026-Q1"), a đoàn phí remittance to the cấp trên. Read straight from the tables, with no import
// of lib/finance, so the UBKT's code does not depend on the fund's screens.
import { db } from "@/lib/db";
import { formatDate, formatMoney } from "@/lib/format";

const ROMAN = ["", "I", "II", "III", "IV"];
const monthOf = (d: Date) => `${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;

type Entry = { date: Date; direction: "IN" | "OUT"; voucherNo: string; description: string; amount: number };
export const fundEntryLabel = (e: Entry) =>
  `${formatDate(e.date)} · Phiếu ${e.direction === "IN" ? "thu" : "chi"} số ${e.voucherNo} · ${e.description} · ${formatMoney(e.amount)}`;
type Remittance = { paidOn: Date; fromMonth: Date; toMonth: Date; amount: number };
export const remittanceLabel = (r: Remittance) =>
  `${formatDate(r.paidOn)} · Nộp đoàn phí lên cấp trên tháng ${monthOf(r.fromMonth)}–${monthOf(r.toMonth)} · ${formatMoney(r.amount)}`;

/** "2026" → năm 2026; "2026-Q1" → quý I năm 2026; anything else → null. */
export function parseFundPeriod(refId: string): { year: number; quarter: number | null } | null {
  const m = /^(\d{4})(?:-Q([1-4]))?$/.exec(refId);
  return m ? { year: Number(m[1]), quarter: m[2] ? Number(m[2]) : null } : null;
}
export const fundPeriodLabel = (p: { year: number; quarter: number | null }) =>
  `Thu, chi quỹ công đoàn ${p.quarter ? `quý ${ROMAN[p.quarter]} năm ${p.year}` : `năm ${p.year}`}`;

const ENTRY = { date: true, direction: true, voucherNo: true, description: true, amount: true } as const;
const REMITTANCE = { paidOn: true, fromMonth: true, toMonth: true, amount: true } as const;

export const FINANCE_RESOLVERS: Record<string, (unitId: string, refId: string) => Promise<string | null>> = {
  fundEntry: async (unitId, id) => {
    const e = await db.fundEntry.findFirst({ where: { id, unitId }, select: ENTRY });
    return e && fundEntryLabel(e);
  },
  fundPeriod: async (unitId, refId) => {
    const p = parseFundPeriod(refId);
    if (!p) return null;
    const from = new Date(Date.UTC(p.year, p.quarter ? (p.quarter - 1) * 3 : 0, 1));
    const to = new Date(Date.UTC(p.year, p.quarter ? p.quarter * 3 : 12, 1));
    // A period the unit kept books in: at least one entry in it.
    const any = await db.fundEntry.findFirst({
      where: { unitId, date: { gte: from, lt: to } },
      select: { id: true },
    });
    return any && fundPeriodLabel(p);
  },
  duesRemittance: async (unitId, id) => {
    const r = await db.duesRemittance.findFirst({ where: { id, unitId }, select: REMITTANCE });
    return r && remittanceLabel({ ...r, amount: Number(r.amount) });
  },
};

type Opt = { kind: string; refId: string; label: string };

/** The finance records of an inspected period: its entries, its quarters and years, its remittances. */
export async function findFinanceOptions(unitId: string, period: { from: Date; to: Date }) {
  const [entries, remittances] = await Promise.all([
    db.fundEntry.findMany({
      where: { unitId, date: { gte: period.from, lte: period.to } },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: 300,
      select: { id: true, ...ENTRY },
    }),
    db.duesRemittance.findMany({
      where: { unitId, paidOn: { gte: period.from, lte: period.to } },
      orderBy: [{ paidOn: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, ...REMITTANCE },
    }),
  ]);
  const periods: Opt[] = [];
  for (let y = period.from.getUTCFullYear(); y <= period.to.getUTCFullYear(); y++) {
    periods.push({
      kind: "fundPeriod",
      refId: String(y),
      label: fundPeriodLabel({ year: y, quarter: null }),
    });
    for (let q = 1; q <= 4; q++) {
      const qFrom = new Date(Date.UTC(y, (q - 1) * 3, 1));
      const qTo = new Date(Date.UTC(y, q * 3, 0));
      if (qTo >= period.from && qFrom <= period.to)
        periods.push({
          kind: "fundPeriod",
          refId: `${y}-Q${q}`,
          label: fundPeriodLabel({ year: y, quarter: q }),
        });
    }
  }
  return [
    { kind: "fundPeriod", options: periods },
    {
      kind: "fundEntry",
      options: entries.map((e): Opt => ({ kind: "fundEntry", refId: e.id, label: fundEntryLabel(e) })),
    },
    {
      kind: "duesRemittance",
      options: remittances.map((r): Opt => ({
        kind: "duesRemittance",
        refId: r.id,
        label: remittanceLabel({ ...r, amount: Number(r.amount) }),
      })),
    },
  ];
}
