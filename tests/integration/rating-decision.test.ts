// The BCH decision against real PostgreSQL: the quota in BLOCK and WARN mode, exclusions, bulk
// acceptance of the tổ's proposals, the last quota place taken twice at once, finalise / publish /
// reopen, the lock, and what a member may see of the levels.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { loadActor as actorOf } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  acceptGroupProposalsAction,
  decideMemberLevelAction,
  finaliseRatingYearAction,
  openRatingYearAction,
  publishRatingYearAction,
  reopenRatingYearAction,
  saveDecisionRefAction,
} from "@/lib/rating/decision/actions";
import { listDecisionRows } from "@/lib/rating/decision/queries";
import { findOwnRatings, findPublishedList } from "@/lib/rating/me/queries";
import { minutesBlocks } from "@/lib/rating/reports/docs/minutes-doc";
import { unitDoc } from "@/lib/rating/reports/docs/unit-doc";
import { getGroupMinutes } from "@/lib/rating/reports/queries/group-minutes";
import { getUnitReport } from "@/lib/rating/reports/queries/unit-report";
import { saveRatingSettingsAction } from "@/lib/rating/settings/actions";
import { findRatingYear } from "@/lib/rating/year";
import { ensureCatalogue, ensureYear } from "./helpers/emulation-fixtures";
import { makeMember } from "../factories/records";
import {
  bchMeeting,
  finalisedYear,
  freshRatingYear,
  LEVELS,
  membersAt,
  readyYear,
} from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";
import { SUITE_MOMENT } from "../support/today";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const rowsOf = (ratingYearId: string) =>
  db.memberRating.findMany({ where: { ratingYearId }, orderBy: { id: "asc" } });
const decide = (r: { id: string; version: number }, level: string, exceptionReason = "") =>
  decideMemberLevelAction({ memberRatingId: r.id, version: r.version, level, exceptionReason });

/** 1 excellent + 4 good: the basis is 5, 20 % allows exactly 1, so one more excellent is over. */
async function fullQuota(mode: "WARN" | "BLOCK") {
  const y = await freshRatingYear(w.unit.id, { quotaMode: mode });
  await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [
    LEVELS.excellent,
    LEVELS.good,
    LEVELS.good,
    LEVELS.good,
    LEVELS.good,
  ]);
  const [next] = await membersAt(w.unit.id, w.groupB.id, y.ratingYear.id, [null]);
  return { ...y, next };
}

describe("deciding a level under the quota", () => {
  it("BLOCK mode refuses the level over the quota, with the message on the level field, and changes nothing", async () => {
    const { ratingYear, next } = await fullQuota("BLOCK");
    const before = await rowsOf(ratingYear.id);
    actAs(w.people.bchMember.user.id);
    const res = await decide(next, LEVELS.excellent, "Có thành tích đặc biệt xuất sắc trong năm học");
    expect(res).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { level: expect.stringContaining("Vượt tỉ lệ") },
    });
    expect(await rowsOf(ratingYear.id)).toEqual(before);
    // A level within the quota goes through.
    expect(await decide(next, LEVELS.good)).toMatchObject({
      ok: true,
      data: { finalLevel: LEVELS.good, version: 1 },
    });
  });

  it("WARN mode needs a written justification, then stores and audits it", async () => {
    const { ratingYear, next } = await fullQuota("WARN");
    actAs(w.people.bchMember.user.id);
    expect(await decide(next, LEVELS.excellent)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { exceptionReason: expect.stringContaining("giải trình") },
    });
    expect(await decide(next, LEVELS.excellent, "ngắn")).toMatchObject({
      ok: false,
      fieldErrors: { exceptionReason: expect.any(String) },
    });
    expect((await db.memberRating.findUniqueOrThrow({ where: { id: next.id } })).finalLevel).toBeNull();
    const reason = "Đạt giải nhất giáo viên dạy giỏi cấp tỉnh";
    expect(await decide(next, LEVELS.excellent, reason)).toMatchObject({ ok: true });
    const saved = await db.memberRating.findUniqueOrThrow({ where: { id: next.id } });
    expect(saved).toMatchObject({
      finalLevel: LEVELS.excellent,
      exceptionReason: reason,
      decidedById: w.people.bchMember.user.id,
      version: 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: next.id },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      action: "rating.member.decide.exception",
      actorUserId: w.people.bchMember.user.id,
    });
    expect(JSON.stringify(audit.after)).toContain(reason);
    expect(
      (
        await listDecisionRows((await findRatingYear(w.unit.id, ratingYear.year))!, {
          status: "exceptions",
          page: 1,
        })
      ).rows.map((r) => r.id),
    ).toEqual([next.id]);
  });

  it("refuses an excluded member, a level outside the scheme, a stale version, and a tổ trưởng", async () => {
    const y = await freshRatingYear(w.unit.id);
    const [excluded] = await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null], {
      excludedReason: "Bị kỷ luật trong năm",
    });
    const [plain] = await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null]);
    actAs(w.people.chair.user.id);
    expect(await decide(excluded, LEVELS.good)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { level: expect.stringContaining("không xếp loại") },
    });
    expect(await decide(plain, "Vững mạnh")).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { level: expect.any(String) },
    });
    expect(await decide({ id: plain.id, version: 7 }, LEVELS.good)).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    actAs(w.people.leaderSameGroup.user.id);
    expect(await decide(plain, LEVELS.good)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(w.people.chairOfOtherUnit.user.id);
    expect(await decide(plain, LEVELS.good)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await rowsOf(y.ratingYear.id)).toMatchObject([{ finalLevel: null }, { finalLevel: null }]);
  });

  it("two decisions for the last quota place at once: exactly one succeeds", async () => {
    const y = await freshRatingYear(w.unit.id, { quotaMode: "BLOCK" });
    // 4 good + 2 undecided: the first to take the top level makes the basis 5 (1 allowed); the second would make it 2 of 6.
    await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [
      LEVELS.good,
      LEVELS.good,
      LEVELS.good,
      LEVELS.good,
    ]);
    const [a, b] = await membersAt(w.unit.id, w.groupB.id, y.ratingYear.id, [null, null]);
    actAs(w.people.chair.user.id);
    const results = await Promise.all([decide(a, LEVELS.excellent), decide(b, LEVELS.excellent)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "VALIDATION" });
    expect(
      await db.memberRating.count({ where: { ratingYearId: y.ratingYear.id, finalLevel: LEVELS.excellent } }),
    ).toBe(1);
  });
});

describe("accepting the tổ's proposals", () => {
  it("takes the submitted tổ's proposals for its undecided members only, in one go", async () => {
    const y = await freshRatingYear(w.unit.id, { quotaMode: "BLOCK" });
    await db.groupReview.create({
      data: {
        ratingYearId: y.ratingYear.id,
        groupId: w.groupA.id,
        state: "SUBMITTED",
        submittedAt: SUITE_MOMENT,
      },
    });
    await db.groupReview.create({
      data: { ratingYearId: y.ratingYear.id, groupId: w.groupB.id, state: "DRAFT" },
    });
    const sentA = await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null, null, null], {
      proposedLevel: LEVELS.good,
    });
    const [decidedA] = await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [LEVELS.done], {
      proposedLevel: LEVELS.good,
    });
    const draftB = await membersAt(w.unit.id, w.groupB.id, y.ratingYear.id, [null], {
      proposedLevel: LEVELS.good,
    });
    actAs(w.people.bchMember.user.id);
    expect(await acceptGroupProposalsAction({ ratingYearId: y.ratingYear.id, groupId: "" })).toMatchObject({
      ok: true,
      data: { count: 3 },
    });
    for (const r of sentA)
      expect((await db.memberRating.findUniqueOrThrow({ where: { id: r.id } })).finalLevel).toBe(LEVELS.good);
    expect((await db.memberRating.findUniqueOrThrow({ where: { id: decidedA.id } })).finalLevel).toBe(
      LEVELS.done,
    );
    expect((await db.memberRating.findUniqueOrThrow({ where: { id: draftB[0].id } })).finalLevel).toBeNull();
    expect(
      await acceptGroupProposalsAction({ ratingYearId: y.ratingYear.id, groupId: w.groupA.id }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("is refused as a whole when it would go over the quota (BLOCK) or need justifications (WARN)", async () => {
    for (const mode of ["BLOCK", "WARN"] as const) {
      const y = await freshRatingYear(w.unit.id, { quotaMode: mode });
      await db.groupReview.create({
        data: {
          ratingYearId: y.ratingYear.id,
          groupId: w.groupA.id,
          state: "SUBMITTED",
          submittedAt: SUITE_MOMENT,
        },
      });
      await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null, null], {
        proposedLevel: LEVELS.excellent,
      });
      await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null, null, null], {
        proposedLevel: LEVELS.good,
      });
      const before = await rowsOf(y.ratingYear.id);
      actAs(w.people.chair.user.id);
      const res = await acceptGroupProposalsAction({ ratingYearId: y.ratingYear.id, groupId: w.groupA.id });
      expect(res).toMatchObject({
        ok: false,
        code: "CONFLICT",
        error: expect.stringContaining(mode === "BLOCK" ? "vượt tỉ lệ" : "giải trình"),
      });
      expect(await rowsOf(y.ratingYear.id)).toEqual(before);
    }
  });
});

describe("finalise, publish, reopen", () => {
  it("refuses to finalise an incomplete year, then finalises and stamps every row", async () => {
    const y = await freshRatingYear(w.unit.id);
    const rows = await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [LEVELS.good, LEVELS.good, null]);
    await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null], { excludedReason: "Nghỉ dài ngày" });
    actAs(w.people.viceChair.user.id);
    const first = await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id });
    expect(first).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!first.ok && first.error).toContain("Chưa ghi cuộc họp");
    expect(!first.ok && first.error).toContain("Còn 1 đoàn viên");
    const meeting = await bchMeeting(w.unit.id, y.year);
    expect(
      await saveDecisionRefAction({
        ratingYearId: y.ratingYear.id,
        meetingId: meeting.id,
        decisionRef: "12/NQ-CĐCS",
        decidedOn: `20/12/${y.year}`,
      }),
    ).toMatchObject({ ok: true });
    actAs(w.people.bchMember.user.id);
    expect(await decide(rows[2], LEVELS.done)).toMatchObject({ ok: true });
    expect(await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(w.people.viceChair.user.id);
    await completeYear(y.ratingYear.id);
    expect(await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id })).toMatchObject({
      ok: true,
      data: { stamped: 4 },
    });
    const year = await db.ratingYear.findUniqueOrThrow({ where: { id: y.ratingYear.id } });
    expect(year).toMatchObject({
      status: "FINALISED",
      finalisedById: w.people.viceChair.user.id,
      decisionRef: "12/NQ-CĐCS",
    });
    expect(await db.memberRating.count({ where: { ratingYearId: y.ratingYear.id, finalisedAt: null } })).toBe(
      0,
    );
    expect(
      await db.auditLog.count({ where: { entityId: y.ratingYear.id, action: "rating.year.finalise" } }),
    ).toBe(1);
  });

  it("WARN: finalising needs a justification for every top level over the quota", async () => {
    const y = await readyYear(w.unit.id, w.groupA.id, { members: 5 });
    // Lower the quota after the decisions: 1 of 5 is now over 10 %.
    await db.ratingYear.update({ where: { id: y.ratingYear.id }, data: { quotaPercent: 10 } });
    actAs(w.people.chair.user.id);
    expect(await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id })).toMatchObject({
      ok: false,
      error: expect.stringContaining("giải trình"),
    });
    const top = y.rows[0];
    expect(await decide(top, LEVELS.excellent, "Chiến sĩ thi đua cơ sở hai năm liền")).toMatchObject({
      ok: true,
    });
    await completeYear(y.ratingYear.id);
    expect(await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id })).toMatchObject({ ok: true });
  });

  it("refuses every rating write once finalised, and leaves the database unchanged", async () => {
    const y = await finalisedYear(w.unit.id, w.groupA.id);
    await db.groupReview.create({
      data: { ratingYearId: y.ratingYear.id, groupId: w.groupA.id, state: "SUBMITTED" },
    });
    const before = {
      rows: await rowsOf(y.ratingYear.id),
      year: await db.ratingYear.findUniqueOrThrow({ where: { id: y.ratingYear.id } }),
    };
    actAs(w.people.chair.user.id);
    const id = y.ratingYear.id;
    const attempts = [
      await decide(y.rows[1], LEVELS.done),
      await acceptGroupProposalsAction({ ratingYearId: id, groupId: "" }),
      await saveRatingSettingsAction({
        ratingYearId: id,
        quotaMode: "OFF",
        quotaPercent: 30,
        quotaBasisPosition: 1,
        minMonthsInUnit: 6,
        excludeLongLeave: false,
        excludeDisciplined: true,
        requireRegistration: false,
        excludeSanctioned: true,
        disciplineCapPosition: 2,
        cdcsMayCommend: false,
        publishList: true,
      }),
      await saveDecisionRefAction({
        ratingYearId: id,
        meetingId: y.meeting.id,
        decisionRef: "99/NQ-CĐCS",
        decidedOn: `21/12/${y.year}`,
      }),
      await finaliseRatingYearAction({ ratingYearId: id }),
    ];
    for (const a of attempts)
      expect(a).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("đã chốt") });
    expect({
      rows: await rowsOf(id),
      year: await db.ratingYear.findUniqueOrThrow({ where: { id } }),
    }).toEqual(before);
  });

  it("publishes only a finalised year; reopening is the chủ tịch's, with a reason, and audited", async () => {
    const open = await readyYear(w.unit.id, w.groupA.id);
    actAs(w.people.chair.user.id);
    expect(await publishRatingYearAction({ ratingYearId: open.ratingYear.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const y = await finalisedYear(w.unit.id, w.groupA.id);
    expect(await publishRatingYearAction({ ratingYearId: y.ratingYear.id })).toMatchObject({ ok: true });
    expect(await publishRatingYearAction({ ratingYearId: y.ratingYear.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    actAs(w.people.viceChair.user.id);
    expect(
      await reopenRatingYearAction({
        ratingYearId: y.ratingYear.id,
        reason: "Sai sót mức của một đoàn viên",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(w.people.chair.user.id);
    expect(await reopenRatingYearAction({ ratingYearId: y.ratingYear.id, reason: "" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: expect.any(String) },
    });
    const reason = "Sai sót mức của một đoàn viên tổ Toán";
    expect(
      await reopenRatingYearAction({ ratingYearId: y.ratingYear.id, reason, confirmUnpublish: true }),
    ).toMatchObject({
      ok: true,
    });
    const after = await db.ratingYear.findUniqueOrThrow({ where: { id: y.ratingYear.id } });
    expect(after).toMatchObject({
      status: "OPEN",
      finalisedAt: null,
      publishedAt: null,
      reopenReason: reason,
      reopenedById: w.people.chair.user.id,
    });
    expect(
      await db.memberRating.count({ where: { ratingYearId: y.ratingYear.id, finalisedAt: { not: null } } }),
    ).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: y.ratingYear.id, action: "rating.year.reopen" },
    });
    expect(JSON.stringify(audit.after)).toContain(reason);
    // Open again: decisions are possible.
    expect(await decide(y.rows[0], LEVELS.good)).toMatchObject({ ok: true });
  });
});

/**
 * Everything the checklist asks for besides the members' levels: every tổ with rated members has
 * submitted its review, every active tổ has the BCH's level, the CĐCS has scored itself.
 */
async function completeYear(ratingYearId: string) {
  const groups = await db.group.findMany({ where: { unitId: w.unit.id, archivedAt: null } });
  for (const g of groups) {
    await db.groupReview.upsert({
      where: { ratingYearId_groupId: { ratingYearId, groupId: g.id } },
      create: { ratingYearId, groupId: g.id, state: "SUBMITTED", submittedAt: SUITE_MOMENT },
      update: { state: "SUBMITTED", submittedAt: SUITE_MOMENT },
    });
    await db.collectiveRating.create({
      data: { ratingYearId, scope: "GROUP", groupId: g.id, subjectKey: `g:${g.id}`, finalLevel: LEVELS.good },
    });
  }
  await db.collectiveRating.create({
    data: { ratingYearId, scope: "UNIT", subjectKey: "unit", selfTotal: 90, selfSubmittedAt: SUITE_MOMENT },
  });
}

describe("the finalise checklist", () => {
  /** A year with every member decided and the BCH decision recorded, but much else missing. */
  async function gappyYear() {
    const y = await readyYear(w.unit.id, w.groupA.id);
    await membersAt(w.unit.id, w.groupB.id, y.ratingYear.id, [LEVELS.good]);
    // groupA never opened its review; groupB's is still a draft.
    await db.groupReview.create({ data: { ratingYearId: y.ratingYear.id, groupId: w.groupB.id } });
    // The cited BCH meeting is still planned.
    await db.meeting.update({ where: { id: y.meeting.id }, data: { status: "PLANNED" } });
    // One registered title not reviewed.
    const cat = await ensureCatalogue(w.unit.id);
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    await db.emulationRegistration.create({
      data: {
        yearId: y.emulationYear.id,
        subjectKey: `m:${m.id}`,
        memberId: m.id,
        state: "APPROVED",
        titleIds: [cat.titles[0].id],
        movementIds: [],
      },
    });
    // Two self-assessments still drafts.
    for (const member of [y.rows[0].memberId, y.rows[1].memberId])
      await db.emulationSelfAssessment.create({ data: { yearId: y.emulationYear.id, memberId: member } });
    return y;
  }
  const snapshot = async (id: string) => ({
    year: await db.ratingYear.findUniqueOrThrow({ where: { id } }),
    rows: await rowsOf(id),
    audits: await db.auditLog.count({ where: { entityId: id } }),
  });

  it("lists what is missing and refuses to finalise; the database is unchanged", async () => {
    const y = await gappyYear();
    const groups = await db.group.count({ where: { unitId: w.unit.id, archivedAt: null } });
    const before = await snapshot(y.ratingYear.id);
    actAs(w.people.chair.user.id);
    const res = await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id });
    expect(res).toMatchObject({ ok: false, code: "CONFLICT" });
    const error = !res.ok ? res.error : "";
    expect(error).toContain("1 tổ chưa mở bình xét");
    expect(error).toContain("1 tổ chưa nộp kết quả bình xét");
    expect(error).toContain("1 danh hiệu đăng ký chưa bình xét");
    expect(error).toContain(`${groups} tổ công đoàn chưa được Ban Chấp hành xếp loại`);
    expect(error).toContain("CĐCS chưa tự chấm điểm");
    expect(error).toContain("chưa diễn ra");
    expect(error).toContain("2 phiếu tự đánh giá còn là bản nháp");
    expect(await snapshot(y.ratingYear.id)).toEqual(before);
  });

  it("an explicit override needs a written reason; it is stored, audited and printed in the CĐCS report", async () => {
    const y = await gappyYear();
    actAs(w.people.chair.user.id);
    const before = await snapshot(y.ratingYear.id);
    expect(
      await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id, overrideReason: "gấp" }),
    ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { overrideReason: expect.any(String) } });
    expect(await snapshot(y.ratingYear.id)).toEqual(before);
    const reason = "Cấp trên yêu cầu nộp kết quả trước ngày 25/12; tổ Toán nộp bổ sung sau";
    expect(
      await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id, overrideReason: reason }),
    ).toMatchObject({ ok: true });
    const year = await db.ratingYear.findUniqueOrThrow({ where: { id: y.ratingYear.id } });
    expect(year).toMatchObject({ status: "FINALISED", finaliseOverrideReason: reason, publishedAt: null });
    expect(year.finaliseOverrideItems).toContain("1 tổ chưa mở bình xét.");
    expect(year.finaliseOverrideItems).toHaveLength(7);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: y.ratingYear.id, action: "rating.year.finalise" },
    });
    expect(audit.after).toMatchObject({ overrideReason: reason });
    const d = (await getUnitReport((await actorOf(w.people.chair.user.id))!, y.year))!;
    const printed = JSON.stringify(unitDoc(d).blocks);
    expect(printed).toContain(reason);
    expect(printed).toContain("1 tổ chưa mở bình xét");
    // The tổ whose review was still a draft: its biên bản carries the reason too.
    const chair = (await actorOf(w.people.chair.user.id))!;
    const minutes = JSON.stringify(minutesBlocks((await getGroupMinutes(chair, y.year, w.groupB.id))!));
    expect(minutes).toContain("khi tổ chưa nộp kết quả bình xét");
    expect(minutes).toContain(reason);
  });

  it("an override cannot cover a member without a level", async () => {
    const y = await gappyYear();
    await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null]);
    actAs(w.people.chair.user.id);
    const before = await snapshot(y.ratingYear.id);
    const res = await finaliseRatingYearAction({
      ratingYearId: y.ratingYear.id,
      overrideReason: "Cấp trên yêu cầu nộp kết quả trước ngày 25/12",
    });
    expect(res).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("Còn 1 đoàn viên"),
    });
    expect(await snapshot(y.ratingYear.id)).toEqual(before);
  });

  it("reopening a published year un-publishes only after an explicit confirmation; finalising again does not re-publish", async () => {
    const y = await finalisedYear(w.unit.id, w.groupA.id, { published: true });
    actAs(w.people.chair.user.id);
    const before = await snapshot(y.ratingYear.id);
    const reason = "Sai sót mức của một đoàn viên tổ Toán";
    expect(await reopenRatingYearAction({ ratingYearId: y.ratingYear.id, reason })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { confirmUnpublish: expect.stringContaining("công bố") },
    });
    expect(await snapshot(y.ratingYear.id)).toEqual(before);
    expect(
      await reopenRatingYearAction({ ratingYearId: y.ratingYear.id, reason, confirmUnpublish: true }),
    ).toMatchObject({ ok: true });
    expect(await db.ratingYear.findUniqueOrThrow({ where: { id: y.ratingYear.id } })).toMatchObject({
      status: "OPEN",
      publishedAt: null,
    });
    await completeYear(y.ratingYear.id);
    expect(await finaliseRatingYearAction({ ratingYearId: y.ratingYear.id })).toMatchObject({ ok: true });
    expect(await db.ratingYear.findUniqueOrThrow({ where: { id: y.ratingYear.id } })).toMatchObject({
      status: "FINALISED",
      publishedAt: null,
    });
    // An unpublished year reopens without the confirmation: there is nothing to un-publish.
    expect(await reopenRatingYearAction({ ratingYearId: y.ratingYear.id, reason })).toMatchObject({
      ok: true,
    });
  });
});

describe("what a member sees", () => {
  it("their own level only after publication, another's only in a published list the unit chose", async () => {
    const me = w.people.member;
    const actor = (await loadActor(me.user.id))!;
    const y = await finalisedYear(w.unit.id, w.groupA.id, { publishList: false });
    // A distinctive level for the member, another for a colleague.
    await db.memberRating.create({
      data: {
        ratingYearId: y.ratingYear.id,
        memberId: me.member.id,
        groupId: w.groupA.id,
        finalLevel: LEVELS.done,
        proposedLevel: LEVELS.good,
      },
    });
    const before = (await findOwnRatings(actor)).find((o) => o.year === y.year)!;
    expect(before).toEqual({ year: y.year, published: false });
    expect(await findPublishedList(actor, y.year, 1)).toBeNull();
    await db.ratingYear.update({ where: { id: y.ratingYear.id }, data: { publishedAt: SUITE_MOMENT } });
    const after = (await findOwnRatings(actor)).find((o) => o.year === y.year)!;
    expect(after).toMatchObject({
      published: true,
      finalLevel: LEVELS.done,
      proposedLevel: LEVELS.good,
      listPublished: false,
    });
    expect(JSON.stringify(await findOwnRatings(actor))).not.toContain(LEVELS.excellent);
    expect(await findPublishedList(actor, y.year, 1)).toBeNull();
    await db.ratingYear.update({ where: { id: y.ratingYear.id }, data: { publishList: true } });
    const list = (await findPublishedList(actor, y.year, 1))!;
    expect(list.total).toBe(6);
    expect(list.rows.filter((r) => r.level === LEVELS.excellent)).toHaveLength(1);
  });
});

describe("opening the year", () => {
  it("needs the emulation year, then creates a rating row per active member", async () => {
    actAs(w.people.chair.user.id);
    expect(await openRatingYearAction({ year: 2077 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { year: expect.stringContaining("Chưa mở năm thi đua 2077") },
    });
    await ensureYear(w.unit.id, { year: 2077 });
    expect(await openRatingYearAction({ year: 2077 })).toMatchObject({ ok: true, data: { year: 2077 } });
    const r = (await findRatingYear(w.unit.id, 2077))!;
    expect(await db.memberRating.count({ where: { ratingYearId: r.id } })).toBe(
      await db.member.count({ where: { unitId: w.unit.id, status: "ACTIVE" } }),
    );
    expect(await openRatingYearAction({ year: 2077 })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
