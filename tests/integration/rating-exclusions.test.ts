// The exclusion rules against real PostgreSQL: refreshExclusions (the SQL generated from
// EXCLUSION_RULES) gives every member the reasons exclusionReasons (the same rules in TypeScript)
// gives them, rule by rule and together, and each rule's own effect is pinned by name. The
// reasons bar titles and awards (awardBarReason), never the rating: nobody is left unrated, and
// discipline caps the level (levelOverCapSql, levelCapProblem).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { decideMemberLevelAction } from "@/lib/rating/decision/actions";
import {
  EXCLUSION_TEXT,
  exclusionReasons,
  exclusionText,
  levelCapProblem,
  type ExclusionFacts,
  type ExclusionSettings,
} from "@/lib/rating/exclusions";
import { levelOverCapSql, refreshExclusions } from "@/lib/rating/refresh";
import { makeGroup } from "../factories/records";
import { freshRatingYear, membersAt } from "./helpers/rating-fixtures";
import { ratedMember } from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

const YEAR = 2281;
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const ALL: ExclusionSettings = {
  minMonthsInUnit: 10,
  excludeLongLeave: true,
  excludeDisciplined: true,
  requireRegistration: true,
  excludeSanctioned: true,
  disciplineCapPosition: 2,
};
const OFF: ExclusionSettings = {
  minMonthsInUnit: 0,
  excludeLongLeave: false,
  excludeDisciplined: false,
  requireRegistration: false,
  excludeSanctioned: false,
  disciplineCapPosition: null,
};

type Case = {
  /** The join date: an ADMITTED event, "none" = no event and no tổ membership, absent = 2015 (the tổ membership). */
  joined?: string | "none";
  longLeaveNote?: string;
  disciplineNote?: string;
  sanctionNote?: string;
  registered?: boolean;
};

const CASES: Record<string, Case> = {
  veteran: {},
  joined0302: { joined: `${YEAR}-03-02` },
  joined0301: { joined: `${YEAR}-03-01` },
  joinedLastYear: { joined: `${YEAR - 1}-12-31` },
  joinUnknown: { joined: "none" },
  longLeave: { longLeaveNote: "Nghỉ ốm 3 tháng" },
  disciplined: { disciplineNote: "Khiển trách" },
  sanctioned: { sanctionNote: "Phạt tiền vi phạm giao thông" },
  blankNotes: { longLeaveNote: "  ", disciplineNote: " " },
  unregistered: { registered: false },
  everything: {
    joined: `${YEAR}-06-01`,
    longLeaveNote: "Nghỉ dài ngày",
    disciplineNote: "Cảnh cáo",
    sanctionNote: "Phạt hành chính",
    registered: false,
  },
};

let w: World;
let groupId: string;
let r: { id: string; year: number; emulationYearId: string };
const ratingOf: Record<string, string> = {};
const factsOf: Record<string, ExclusionFacts> = {};

beforeAll(async () => {
  w = await buildWorld();
  groupId = (await makeGroup(db, w.unit.id)).id;
  for (const [name, c] of Object.entries(CASES)) {
    const m = await ratedMember(w.unit.id, groupId, YEAR, { assessed: c.registered !== false });
    r = { id: m.ratingYear.id, year: YEAR, emulationYearId: m.ratingYear.emulationYearId };
    if (c.joined === "none") await db.groupMembership.deleteMany({ where: { memberId: m.memberId } });
    else if (c.joined)
      await db.memberEvent.create({
        data: { memberId: m.memberId, type: "ADMITTED", effectiveOn: day(c.joined) },
      });
    await db.memberRating.update({
      where: { id: m.rating.id },
      data: {
        longLeaveNote: c.longLeaveNote ?? null,
        disciplineNote: c.disciplineNote ?? null,
        sanctionNote: c.sanctionNote ?? null,
        // As an older year left it: "not rated". Refreshing an open year rates everyone.
        excludedReason: "Không xếp loại (cũ)",
      },
    });
    const membership = await db.groupMembership.findFirst({
      where: { memberId: m.memberId },
      orderBy: { startOn: "asc" },
    });
    ratingOf[name] = m.rating.id;
    factsOf[name] = {
      joinedUnitOn: c.joined && c.joined !== "none" ? day(c.joined) : (membership?.startOn ?? null),
      ratedOn: day(`${YEAR}-12-31`),
      longLeaveNote: c.longLeaveNote ?? null,
      disciplineNote: c.disciplineNote ?? null,
      sanctionNote: c.sanctionNote ?? null,
      hasApprovedRegistration: c.registered !== false,
    };
  }
});

/** Every case's stored reason after refreshExclusions with these settings. */
async function refreshed(s: ExclusionSettings) {
  await db.$transaction((tx) => refreshExclusions(tx, { ...r, exclusion: s }, groupId));
  const rows = await db.memberRating.findMany({
    where: { id: { in: Object.values(ratingOf) } },
    select: { id: true, awardBarReason: true, excludedReason: true },
  });
  expect(rows.filter((x) => x.excludedReason !== null)).toEqual([]);
  const byId = new Map(rows.map((x) => [x.id, x.awardBarReason]));
  return Object.fromEntries(Object.entries(ratingOf).map(([name, id]) => [name, byId.get(id) ?? null]));
}

const expected = (s: ExclusionSettings) =>
  Object.fromEntries(
    Object.entries(factsOf).map(([name, f]) => [name, exclusionText(exclusionReasons(f, s))]),
  );

describe("the SQL and the TypeScript read the same rules", () => {
  it.each<[string, ExclusionSettings]>([
    ["all rules", ALL],
    ["no rule", OFF],
    ["time only", { ...OFF, minMonthsInUnit: 10 }],
    ["time, 12 months", { ...OFF, minMonthsInUnit: 12 }],
    ["long leave only", { ...OFF, excludeLongLeave: true }],
    ["discipline only", { ...OFF, excludeDisciplined: true }],
    ["registration only", { ...OFF, requireRegistration: true }],
    ["administrative sanction only", { ...OFF, excludeSanctioned: true }],
  ])("%s", async (_, s) => {
    expect(await refreshed(s)).toEqual(expected(s));
  });
});

describe("each rule's effect", () => {
  it("under N months: joined 02/03 is out, 01/03 is in, an unknown join date is in", async () => {
    const got = await refreshed({ ...OFF, minMonthsInUnit: 10 });
    expect(got.joined0302).toBe(EXCLUSION_TEXT.shortTime(10));
    expect(got.joined0301).toBeNull();
    expect(got.joinUnknown).toBeNull();
    expect(got.veteran).toBeNull();
    const twelve = await refreshed({ ...OFF, minMonthsInUnit: 12 });
    expect(twelve.joinedLastYear).toBeNull();
    expect(twelve.joined0301).toBe(EXCLUSION_TEXT.shortTime(12));
  });

  it("long leave and discipline: a written note excludes, a blank one does not", async () => {
    const got = await refreshed({ ...OFF, excludeLongLeave: true, excludeDisciplined: true });
    expect(got.longLeave).toBe(EXCLUSION_TEXT.longLeave);
    expect(got.disciplined).toBe(EXCLUSION_TEXT.disciplined);
    expect(got.blankNotes).toBeNull();
    expect(got.veteran).toBeNull();
  });

  it("bị xử phạt hành chính: a written note bars titles and awards", async () => {
    const got = await refreshed({ ...OFF, excludeSanctioned: true });
    expect(got.sanctioned).toBe("Bị xử phạt hành chính trong năm");
    expect(got.disciplined).toBeNull();
    expect(got.veteran).toBeNull();
  });

  it("registration: no approved registration excludes", async () => {
    const got = await refreshed({ ...OFF, requireRegistration: true });
    expect(got.unregistered).toBe(EXCLUSION_TEXT.noRegistration);
    expect(got.veteran).toBeNull();
  });

  it("all the reasons, in the rules' order, joined by '; '", async () => {
    const got = await refreshed(ALL);
    expect(got.everything).toBe(
      "Sinh hoạt tại đơn vị dưới 10 tháng; Nghỉ dài ngày; Bị kỷ luật trong năm; Bị xử phạt hành chính trong năm; Không có đăng ký thi đua được duyệt",
    );
    expect((await refreshed(OFF)).everything).toBeNull();
  });
});

describe("exclusions bar titles, not the rating; discipline caps the level", () => {
  const LEVELS = [
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
  ];

  it("every member of the tổ keeps a rating row with no 'not rated' reason, whatever the reasons", async () => {
    await refreshed(ALL);
    const rows = await db.memberRating.findMany({
      where: { id: { in: Object.values(ratingOf) } },
      select: { excludedReason: true, awardBarReason: true },
    });
    expect(rows).toHaveLength(Object.keys(CASES).length);
    expect(rows.map((x) => x.excludedReason)).toEqual(rows.map(() => null));
    expect(rows.filter((x) => x.awardBarReason).length).toBe(6);
  });

  it("in SQL: a disciplined member is over the cap above 'Hoàn thành nhiệm vụ', the others never", async () => {
    const over = (level: string, s: ExclusionSettings) =>
      db.$queryRaw<{ id: string }[]>`SELECT mr.id FROM "MemberRating" mr
        WHERE mr.id IN (${Prisma.join(Object.values(ratingOf))}) AND ${levelOverCapSql(s, LEVELS, Prisma.sql`${level}`)}`;
    const names = async (level: string, s: ExclusionSettings) => {
      const ids = new Set((await over(level, s)).map((x) => x.id));
      return Object.keys(ratingOf)
        .filter((n) => ids.has(ratingOf[n]))
        .sort();
    };
    expect(await names(LEVELS[0], ALL)).toEqual(["disciplined", "everything"]);
    expect(await names(LEVELS[1], ALL)).toEqual(["disciplined", "everything"]);
    expect(await names(LEVELS[2], ALL)).toEqual([]);
    expect(await names(LEVELS[0], { ...ALL, disciplineCapPosition: 1 })).toEqual([
      "disciplined",
      "everything",
    ]);
    expect(await names(LEVELS[1], { ...ALL, disciplineCapPosition: 1 })).toEqual([]);
    expect(await names(LEVELS[0], { ...ALL, disciplineCapPosition: null })).toEqual([]);
  });

  it("in TypeScript: the same cap, with the reason next to the field", () => {
    const notes = { disciplineNote: "Khiển trách" };
    expect(levelCapProblem(LEVELS[1], notes, ALL, LEVELS)).toBe(
      "Bị kỷ luật trong năm: mức xếp loại không cao hơn “Hoàn thành nhiệm vụ”.",
    );
    expect(levelCapProblem(LEVELS[2], notes, ALL, LEVELS)).toBeNull();
    expect(levelCapProblem(LEVELS[0], { disciplineNote: " " }, ALL, LEVELS)).toBeNull();
    expect(levelCapProblem(LEVELS[0], { sanctionNote: "Phạt" }, ALL, LEVELS)).toBeNull();
  });
});

describe("the BCH's decision under the cap", () => {
  it("a disciplined member is refused a level above 'Hoàn thành nhiệm vụ' (next to the field) and gets that one", async () => {
    const y = await freshRatingYear(w.unit.id);
    const [m] = await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null]);
    const noted = await db.memberRating.update({
      where: { id: m.id },
      data: { disciplineNote: "Khiển trách tháng 5" },
    });
    actAs(w.people.chair.user.id);
    const decide = (level: string, version: number) =>
      decideMemberLevelAction({ memberRatingId: m.id, version, level, exceptionReason: "" });
    expect(await decide("Hoàn thành tốt nhiệm vụ", noted.version)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { level: "Bị kỷ luật trong năm: mức xếp loại không cao hơn “Hoàn thành nhiệm vụ”." },
    });
    expect((await db.memberRating.findUniqueOrThrow({ where: { id: m.id } })).finalLevel).toBeNull();
    expect(await decide("Hoàn thành nhiệm vụ", noted.version)).toMatchObject({ ok: true });
    expect((await db.memberRating.findUniqueOrThrow({ where: { id: m.id } })).finalLevel).toBe(
      "Hoàn thành nhiệm vụ",
    );
  });
});
