import "server-only";
// What the CĐCS sent its cấp trên (decision 0089): its own rows only (unitId = the actor's unit).
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { SubmissionKindCode } from "./payloads";

const ROW = {
  id: true,
  kind: true,
  year: true,
  version: true,
  state: true,
  comment: true,
  submittedAt: true,
  decidedAt: true,
  submittedBy: { select: { member: { select: { fullName: true } } } },
} as const;

/** The unit's cấp trên when it is in the app (null: papers cannot be sent through it). */
export async function upperOf(actor: Actor) {
  const unit = await db.unit.findUnique({
    where: { id: actor.unitId },
    select: { kind: true, parent: { select: { name: true, kind: true } } },
  });
  return unit?.kind === "GRASSROOTS" && unit.parent?.kind === "UPPER" ? { name: unit.parent.name } : null;
}

/** Every version the unit sent for the year, newest first within each kind. */
export async function listUnitSubmissions(actor: Actor, year: number) {
  const rows = await db.submission.findMany({
    where: { unitId: actor.unitId, year },
    orderBy: [{ kind: "asc" }, { version: "desc" }],
    select: ROW,
  });
  return rows.map(({ submittedBy, ...r }) => ({ ...r, submittedByName: submittedBy.member?.fullName ?? "" }));
}
export type UnitSubmissionRow = Awaited<ReturnType<typeof listUnitSubmissions>>[number];

/** The latest version of one paper, for the status line on its screen (with the period it covered, if it names one). */
export async function latestSubmission(actor: Actor, kind: SubmissionKindCode, year: number) {
  const r = await db.submission.findFirst({
    where: { unitId: actor.unitId, year, kind },
    orderBy: { version: "desc" },
    select: { ...ROW, payload: true },
  });
  if (!r) return null;
  const { submittedBy, payload, ...rest } = r;
  const period = (payload as { period?: { label?: unknown } } | null)?.period?.label;
  return {
    ...rest,
    periodLabel: typeof period === "string" ? period : null,
    submittedByName: submittedBy.member?.fullName ?? "",
  };
}

/** The years the unit sent anything for, newest first, with the given year always offered. */
export async function submissionYears(actor: Actor, current: number) {
  const rows = await db.submission.findMany({
    where: { unitId: actor.unitId },
    distinct: ["year"],
    select: { year: true },
  });
  return [...new Set([current, ...rows.map((r) => r.year)])].sort((a, b) => b - a);
}

/** One paper the unit sent, with its frozen doc (another unit's: null). */
export async function findUnitSubmission(actor: Actor, id: string) {
  return db.submission.findFirst({
    where: { id, unitId: actor.unitId },
    select: { id: true, kind: true, year: true, version: true, doc: true },
  });
}
