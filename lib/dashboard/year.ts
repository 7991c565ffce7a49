import "server-only";
// The year on the dashboard: its stages (registration → self-assessment → tổ bình xét → BCH decision
// → finalised → published, in the unit's cycle) and the figures its charts draw (attendance by month,
// welfare against its dự toán by category, the spread of final levels). One grouped query per family,
// scoped to the unit or one tổ in its SQL.
import { db } from "@/lib/db";
import { resolveYear } from "@/lib/emulation/queries/years";
import { Prisma } from "@/lib/generated/prisma/client";
import { reviewCounts } from "./due";
import type { DashboardScope } from "./scope";

type EmulationRow = {
  groupId: string;
  groupName: string;
  members: number;
  registered: number;
  assessed: number;
};

/**
 * Registrations sent and self-assessments submitted by tổ, for the active members (the same rule as
 * the emulation overview: a DRAFT registration was never sent).
 */
export async function emulationByGroup(s: DashboardScope, yearId: string) {
  const group = s.kind === "group" ? Prisma.sql`AND m."groupId" = ${s.groupId}` : Prisma.empty;
  return db.$queryRaw<EmulationRow[]>`
    WITH per AS (
      SELECT m."groupId",
        count(*)::int AS members,
        count(*) FILTER (WHERE r.state IS NOT NULL AND r.state <> 'DRAFT')::int AS registered,
        count(*) FILTER (WHERE a.state = 'SUBMITTED')::int AS assessed
      FROM "Member" m
      LEFT JOIN "EmulationRegistration" r ON r."yearId" = ${yearId} AND r."memberId" = m.id
      LEFT JOIN "EmulationSelfAssessment" a ON a."yearId" = ${yearId} AND a."memberId" = m.id
      WHERE m."unitId" = ${s.unitId} AND m.status = 'ACTIVE' ${group}
      GROUP BY m."groupId")
    SELECT per."groupId", g.name AS "groupName", per.members, per.registered, per.assessed
    FROM per JOIN "Group" g ON g.id = per."groupId"
    ORDER BY g.name, g.id`;
}

/** Final levels of the year's ratings (null: not decided yet), in the scheme's order. */
async function ratingSpread(s: DashboardScope, ratingYearId: string, emulationYearId: string) {
  const [rows, levels] = await Promise.all([
    db.memberRating.groupBy({
      by: ["finalLevel"],
      where: { ratingYearId, ...(s.kind === "group" && { groupId: s.groupId }) },
      _count: { _all: true },
    }),
    db.emulationLevel.findMany({
      where: { yearId: emulationYearId },
      orderBy: { position: "asc" },
      select: { name: true },
    }),
  ]);
  const count = new Map(rows.map((r) => [r.finalLevel, r._count._all]));
  const known = new Set(levels.map((l) => l.name));
  const spread = levels.map((l) => ({ level: l.name, count: count.get(l.name) ?? 0 }));
  // A level outside the scheme (an old year's "Không xếp loại") is still counted, after the scheme.
  for (const r of rows)
    if (r.finalLevel && !known.has(r.finalLevel)) spread.push({ level: r.finalLevel, count: r._count._all });
  const rated = rows.reduce((n, r) => n + r._count._all, 0);
  return { spread, rated, undecided: count.get(null) ?? 0 };
}

export type StageState = "done" | "current" | "upcoming";
export type Stage = {
  key: string;
  label: string;
  done: number;
  of: number | null;
  state: StageState;
  href: string;
};

/** The year's stages, each with how far it has gone; the first unfinished one is the current one. */
export async function getYearProgress(s: DashboardScope) {
  const { year } = await resolveYear(s.unitId);
  if (!year) return null;
  const [byGroup, rating] = await Promise.all([
    emulationByGroup(s, year.id),
    db.ratingYear.findUnique({
      where: { emulationYearId: year.id },
      select: { id: true, status: true, publishedAt: true, decidedOn: true },
    }),
  ]);
  const sum = (k: "members" | "registered" | "assessed") => byGroup.reduce((n, g) => n + g[k], 0);
  const members = sum("members");
  const [reviews, levels] = rating
    ? await Promise.all([reviewCounts(s, rating.id), ratingSpread(s, rating.id, year.id)])
    : [null, null];
  const finalised = rating?.status === "FINALISED";
  const published = !!rating?.publishedAt;
  const y = year.year;
  const raw: Omit<Stage, "state">[] = [
    {
      key: "registration",
      label: "Đăng ký thi đua",
      done: sum("registered"),
      of: members,
      href: `/emulation?year=${y}&missing=1`,
    },
    {
      key: "assessment",
      label: "Tự đánh giá",
      done: sum("assessed"),
      of: members,
      href: `/emulation?year=${y}&missing=1`,
    },
    {
      key: "review",
      label: "Tổ bình xét",
      done: reviews?.sent ?? 0,
      of: reviews?.total ?? null,
      href: `/rating/groups?year=${y}&pending=1`,
    },
    {
      key: "decision",
      label: "BCH quyết định",
      done: levels ? levels.rated - levels.undecided : 0,
      of: levels?.rated ?? null,
      href: `/rating?year=${y}`,
    },
    { key: "finalised", label: "Chốt kết quả", done: finalised ? 1 : 0, of: null, href: `/rating?year=${y}` },
    { key: "published", label: "Công bố", done: published ? 1 : 0, of: null, href: `/rating?year=${y}` },
  ];
  // A later stage reached means the earlier ones are behind us, whatever their counts say.
  const complete = raw.map((st) => (st.of === null ? st.done > 0 : st.of > 0 && st.done >= st.of));
  const lastComplete = complete.lastIndexOf(true);
  const firstOpen = complete.findIndex((c, i) => !c && i > lastComplete);
  const stages: Stage[] = raw.map((st, i) => ({
    ...st,
    state: i <= lastComplete ? "done" : i === firstOpen ? "current" : "upcoming",
  }));
  return { year, byGroup, stages, reviews, levels, rating };
}
export type YearProgress = NonNullable<Awaited<ReturnType<typeof getYearProgress>>>;

type MonthRow = { month: number; held: number; invited: number; present: number };

/**
 * Meetings held (not planned) by month of a calendar year, with their invitees and those present:
 * the tổ's meetings on a tổ's dashboard; on the unit's, the meetings of the unit as a whole (BCH,
 * hội nghị, đại hội, kết nạp), not the tổ's own sinh hoạt. Those are 1,000 tổ × a meeting a
 * quarter in a large unit, 200,000 invitees a year: the statistics page counts them
 * (/meetings/stats), the dashboard does not read them on every visit.
 */
export async function attendanceByMonth(s: DashboardScope, year: number) {
  const group =
    s.kind === "group" ? Prisma.sql`AND mt."groupId" = ${s.groupId}` : Prisma.sql`AND mt."groupId" IS NULL`;
  const rows = await db.$queryRaw<MonthRow[]>`
    -- startsAt is a UTC timestamp without zone: read it as UTC, then tell its month in Vietnam.
    SELECT extract(month FROM (mt."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS month,
      count(DISTINCT mt.id)::int AS held,
      count(i.id)::int AS invited,
      count(i.id) FILTER (WHERE i.attendance = 'PRESENT')::int AS present
    FROM "Meeting" mt LEFT JOIN "MeetingInvitee" i ON i."meetingId" = mt.id
    WHERE mt."unitId" = ${s.unitId} AND mt.year = ${year} AND mt.status <> 'PLANNED' ${group}
    GROUP BY 1 ORDER BY 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from(
    { length: 12 },
    (_, i) => byMonth.get(i + 1) ?? { month: i + 1, held: 0, invited: 0, present: 0 },
  );
}

type BudgetRow = { id: string; name: string; budget: bigint; done: bigint; approved: bigint };

/** Each category's dự toán (the fund's welfare lines, FundBudget) of a calendar year against what is paid (DONE) and approved, unit-wide. */
export async function welfareAgainstBudget(s: DashboardScope & { kind: "unit" }, year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const rows = await db.$queryRaw<BudgetRow[]>`
    WITH spent AS (
      SELECT v."categoryId",
        coalesce(sum(v.amount) FILTER (WHERE v.state = 'DONE'), 0)::bigint AS done,
        coalesce(sum(v.amount) FILTER (WHERE v.state = 'APPROVED'), 0)::bigint AS approved
      FROM "WelfareVisit" v
      WHERE v."unitId" = ${s.unitId} AND v.state IN ('DONE', 'APPROVED')
        AND v."eventOn" >= ${from}::date AND v."eventOn" < ${to}::date
      GROUP BY v."categoryId"),
    planned AS (
      SELECT b."welfareCategoryId" AS "categoryId", sum(b.amount)::bigint AS budget
      FROM "FundBudget" b
      WHERE b."unitId" = ${s.unitId} AND b.year = ${year} AND b."welfareCategoryId" IS NOT NULL
      GROUP BY b."welfareCategoryId")
    SELECT c.id, c.name, coalesce(p.budget, 0)::bigint AS budget,
      coalesce(sp.done, 0)::bigint AS done, coalesce(sp.approved, 0)::bigint AS approved
    FROM "WelfareCategory" c
    LEFT JOIN spent sp ON sp."categoryId" = c.id
    LEFT JOIN planned p ON p."categoryId" = c.id
    WHERE c."unitId" = ${s.unitId} AND (p.budget IS NOT NULL OR sp."categoryId" IS NOT NULL)
    ORDER BY c."sortOrder", c.name, c.id`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    budget: Number(r.budget),
    done: Number(r.done),
    approved: Number(r.approved),
  }));
}
