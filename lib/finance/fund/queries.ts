import "server-only";
// Reads for the fund's screens. Every caller has checked finance.read.all; rows are the actor's unit's.
import { db } from "@/lib/db";
import { UNIT_HEADER_SELECT, unitHeader } from "@/lib/org/printed-parent";
import { type Direction, FIXED_CODES } from "../labels";

export const ENTRY_PAGE_SIZE = 50;

export async function fundCategoryOptions(unitId: string) {
  const rows = await db.fundCategory.findMany({
    where: { unitId, archivedAt: null },
    orderBy: [{ direction: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, direction: true },
  });
  const fixed = Object.values(FIXED_CODES) as string[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    direction: r.direction,
    automatic: fixed.includes(r.code),
  }));
}

export async function listEntries(
  unitId: string,
  year: number,
  opts: { direction?: Direction; page: number },
) {
  const where = {
    unitId,
    date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
    ...(opts.direction && { direction: opts.direction }),
  };
  const [rows, total] = await Promise.all([
    db.fundEntry.findMany({
      where,
      orderBy: [{ date: "desc" }, { direction: "asc" }, { voucherNo: "desc" }],
      skip: (opts.page - 1) * ENTRY_PAGE_SIZE,
      take: ENTRY_PAGE_SIZE,
      select: {
        id: true,
        date: true,
        direction: true,
        account: true,
        amount: true,
        voucherNo: true,
        voucherYear: true,
        description: true,
        sourceKind: true,
        reversesId: true,
        reversal: { select: { voucherNo: true, voucherYear: true } },
        reverses: { select: { voucherNo: true, voucherYear: true } },
        category: { select: { name: true } },
      },
    }),
    db.fundEntry.count({ where }),
  ]);
  return { rows, total };
}

export async function getEntry(unitId: string, id: string) {
  return db.fundEntry.findFirst({
    where: { id, unitId },
    select: {
      id: true,
      date: true,
      direction: true,
      account: true,
      amount: true,
      voucherNo: true,
      voucherYear: true,
      description: true,
      category: { select: { name: true } },
      reverses: { select: { voucherNo: true, voucherYear: true } },
    },
  });
}

export async function listInspectionNotes(unitId: string, year: number) {
  return db.fundInspectionNote.findMany({
    where: {
      unitId,
      periodFrom: { lt: new Date(Date.UTC(year + 1, 0, 1)) },
      periodTo: { gte: new Date(Date.UTC(year, 0, 1)) },
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, periodFrom: true, periodTo: true, note: true, createdAt: true },
  });
}

/** The unit as the fund's papers head it: the cấp trên's name through printedParentName. */
export async function reportUnit(unitId: string) {
  return unitHeader(await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: UNIT_HEADER_SELECT }));
}
