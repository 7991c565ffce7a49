import "server-only";
// The rating year as every rating feature sees it: settings, the level scheme (the emulation
// year's levels, rank 0 = top), and the lock. Every write runs inside a transaction that first
// calls lockOpenYear(), so decisions in one unit-year are serialised (the quota check sees every
// earlier decision) and nothing changes once the year is finalised.
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { cycleYearLabel, type Cycle } from "@/lib/settings/cycle";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import type { ExclusionSettings } from "./exclusions";
import type { QuotaSettings, SchemeLevel } from "./quota";

export type RatingYearContext = {
  id: string;
  unitId: string;
  year: number;
  /** The unit's cycle for this year (lib/settings/cycle.ts): label with cycleYearLabel(year, cycle). */
  cycle: Cycle;
  emulationYearId: string;
  status: "OPEN" | "FINALISED";
  version: number;
  quota: QuotaSettings;
  exclusion: ExclusionSettings;
  /** Whether the BCH of the CĐCS may itself give a Giấy khen (a setting of the year). */
  cdcsMayCommend: boolean;
  publishList: boolean;
  publishedAt: Date | null;
  finalisedAt: Date | null;
  decisionMeetingId: string | null;
  decisionRef: string | null;
  decidedOn: Date | null;
  /** The scheme, top level first. */
  levels: (SchemeLevel & { minPoints: number })[];
};

type Client = Tx | typeof db;

const SELECT = {
  id: true,
  unitId: true,
  year: true,
  emulationYearId: true,
  status: true,
  version: true,
  quotaMode: true,
  quotaPercent: true,
  quotaBasisPosition: true,
  minMonthsInUnit: true,
  excludeLongLeave: true,
  excludeDisciplined: true,
  requireRegistration: true,
  excludeSanctioned: true,
  disciplineCapPosition: true,
  cdcsMayCommend: true,
  publishList: true,
  publishedAt: true,
  finalisedAt: true,
  decisionMeetingId: true,
  decisionRef: true,
  decidedOn: true,
  emulationYear: {
    select: {
      levels: {
        orderBy: { position: "asc" as const },
        select: { name: true, position: true, minPoints: true },
      },
    },
  },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof loadRow>>>;
const loadRow = (client: Client, where: { unitId: string; year: number } | { id: string; unitId: string }) =>
  client.ratingYear.findFirst({ where, select: SELECT });

async function toContext(r: Row): Promise<RatingYearContext> {
  return {
    id: r.id,
    unitId: r.unitId,
    year: r.year,
    cycle: await cycleOfYear(r.unitId, r.year),
    emulationYearId: r.emulationYearId,
    status: r.status,
    version: r.version,
    quota: { mode: r.quotaMode, percent: r.quotaPercent, basisPosition: r.quotaBasisPosition },
    exclusion: {
      minMonthsInUnit: r.minMonthsInUnit,
      excludeLongLeave: r.excludeLongLeave,
      excludeDisciplined: r.excludeDisciplined,
      requireRegistration: r.requireRegistration,
      excludeSanctioned: r.excludeSanctioned,
      disciplineCapPosition: r.disciplineCapPosition,
    },
    cdcsMayCommend: r.cdcsMayCommend,
    publishList: r.publishList,
    publishedAt: r.publishedAt,
    finalisedAt: r.finalisedAt,
    decisionMeetingId: r.decisionMeetingId,
    decisionRef: r.decisionRef,
    decidedOn: r.decidedOn,
    levels: r.emulationYear.levels,
  };
}

/** The unit's rating year, or null when it has not been opened. */
export async function findRatingYear(
  unitId: string,
  year: number,
  client: Client = db,
): Promise<RatingYearContext | null> {
  const r = await loadRow(client, { unitId, year });
  return r ? toContext(r) : null;
}

export async function requireRatingYear(
  unitId: string,
  year: number,
  client: Client = db,
): Promise<RatingYearContext> {
  const r = await findRatingYear(unitId, year, client);
  if (!r) throw notFound();
  return r;
}

export async function ratingYearById(
  unitId: string,
  id: string,
  client: Client = db,
): Promise<RatingYearContext> {
  const r = await loadRow(client, { id, unitId });
  if (!r) throw notFound();
  return toContext(r);
}

/** The years a unit has opened, newest first. */
export async function listRatingYears(unitId: string) {
  return db.ratingYear.findMany({
    where: { unitId },
    orderBy: { year: "desc" },
    select: { id: true, year: true, status: true, publishedAt: true },
  });
}

export const lockedMessage = (year: number, cycle?: Cycle) =>
  `Kết quả đánh giá, xếp loại ${cycle ? cycleYearLabel(year, cycle) : `năm ${year}`} đã chốt. Muốn sửa, chủ tịch phải mở lại với lý do.`;

export function assertOpen(r: Pick<RatingYearContext, "status" | "year"> & { cycle?: Cycle }) {
  if (r.status !== "OPEN") throw conflict(lockedMessage(r.year, r.cycle));
}

/**
 * Inside a write transaction: takes the rating year's row lock (so concurrent decisions and the
 * finalisation queue behind each other), re-reads it and refuses if it is finalised.
 */
export async function lockOpenYear(tx: Tx, unitId: string, ratingYearId: string): Promise<RatingYearContext> {
  const r = await lockYear(tx, unitId, ratingYearId);
  assertOpen(r);
  return r;
}

/**
 * The row lock without the "open" check: only for what legitimately arrives after the CĐCS has
 * closed its year — the cấp trên's thẩm định of the CĐCS's own rating (usually in January).
 */
export async function lockYear(tx: Tx, unitId: string, ratingYearId: string): Promise<RatingYearContext> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "RatingYear" WHERE id = ${ratingYearId} AND "unitId" = ${unitId} FOR UPDATE`;
  if (!locked.length) throw notFound();
  return ratingYearById(unitId, ratingYearId, tx);
}

/** Level names of the scheme, top first; a level outside it is refused by the operations. */
export const levelNames = (r: Pick<RatingYearContext, "levels">) => r.levels.map((l) => l.name);
