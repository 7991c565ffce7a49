import "server-only";
// What checking a payroll list needs from the database, and no more: the members the file names
// (by số thẻ, or by name where a row has no số thẻ), and which of their months the file pays were
// already paid by payroll. Read in batches, so a 60,000-row list reads about 60,000 members and
// two months of payments, however large the unit and however many years of dues it holds.
import { db } from "@/lib/db";
import type { PayrollLookups } from "./rows";

const BATCH = 10_000;

function batches<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += BATCH) out.push(list.slice(i, i + BATCH));
  return out;
}

type Wanted = { cards: string[]; names: string[]; months: string[] };

export async function loadPayrollLookups(unitId: string, wanted: Wanted): Promise<PayrollLookups> {
  const byCard = new Map<string, { id: string; searchName: string }>();
  const byName = new Map<string, string[]>();
  for (const cards of batches(wanted.cards)) {
    const rows = await db.$queryRaw<{ id: string; card: string; searchName: string }[]>`
      SELECT id, "cardNumber" AS card, "searchName" FROM "Member"
      WHERE "unitId" = ${unitId} AND "cardNumber" = ANY(${cards}::text[])`;
    for (const m of rows) byCard.set(m.card, { id: m.id, searchName: m.searchName });
  }
  for (const names of batches(wanted.names)) {
    const rows = await db.$queryRaw<{ id: string; searchName: string }[]>`
      SELECT id, "searchName" FROM "Member" WHERE "unitId" = ${unitId} AND "searchName" = ANY(${names}::text[])`;
    for (const m of rows) byName.set(m.searchName, [...(byName.get(m.searchName) ?? []), m.id]);
  }
  const ids = [...new Set([...byCard.values()].map((m) => m.id).concat([...byName.values()].flat()))];
  const months = wanted.months.map((m) => `${m}-01`);
  const paidByPayroll = new Set<string>();
  if (months.length)
    for (const some of batches(ids)) {
      const rows = await db.$queryRaw<{ key: string }[]>`
        SELECT "memberId" || '|' || to_char(month, 'YYYY-MM') AS key FROM "DuesPayment"
        WHERE "unitId" = ${unitId} AND method = 'PAYROLL' AND month = ANY(${months}::date[])
          AND "memberId" = ANY(${some}::text[])
        GROUP BY "memberId", month HAVING SUM(amount) > 0`;
      for (const r of rows) paidByPayroll.add(r.key);
    }
  return { byCard, byName, paidByPayroll };
}
