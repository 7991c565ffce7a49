// Tổ bình xét against real PostgreSQL: opening with the meeting's attendance, the vote limit, the
// giải trình rule, excluded members get no proposal, another tổ's leader, the locked year, stale
// versions, submission refused while incomplete then accepted once, and the audit rows.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  openGroupReviewAction,
  saveMemberReviewAction,
  submitGroupReviewAction,
  updateGroupReviewAction,
} from "@/lib/rating/groups/actions";
import { ensureMemberRatings } from "@/lib/rating/refresh";
import { ensureRatingYear, makeReviewMeeting, openedReview, ratedMember } from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let y = 2300;
const freshYear = () => ++y;
const GOOD = "Hoàn thành tốt nhiệm vụ";
type Rated = Awaited<ReturnType<typeof ratedMember>>;
const form = (m: Rated, over: Record<string, unknown> = {}) => ({
  ratingId: m.rating.id,
  version: m.rating.version,
  proposedLevel: GOOD,
  votesFor: "5",
  votesAgainst: "1",
  groupOpinion: "",
  longLeaveNote: "",
  disciplineNote: "",
  scores: {},
  ...over,
});
const leader = () => actAs(w.people.leaderSameGroup.user.id);
const auditsSince = (mark: bigint, entityType: string) =>
  db.auditLog.findMany({ where: { entityType, id: { gt: mark } } });

beforeAll(async () => {
  w = await buildWorld();
});

describe("opening the tổ review", () => {
  it("takes the present count from the meeting's attendance once taken, and audits", async () => {
    const year = freshYear();
    const { ratingYear } = await ensureRatingYear(w.unit.id, year);
    const a = await ratedMember(w.unit.id, w.groupA.id, year);
    const ids = [w.people.member.member.id, w.people.leaderSameGroup.member.id, a.memberId];
    const meeting = await makeReviewMeeting(w.unit.id, w.groupA.id, year, {
      invite: ids,
      present: ids.slice(0, 2),
    });
    const mark = await lastAuditId();
    leader();
    const res = await openGroupReviewAction({
      ratingYearId: ratingYear.id,
      groupId: w.groupA.id,
      meetingId: meeting.id,
      presentCount: "99",
    });
    expect(res).toMatchObject({ ok: true });
    const review = await db.groupReview.findFirstOrThrow({
      where: { ratingYearId: ratingYear.id, groupId: w.groupA.id },
    });
    expect(review).toMatchObject({ meetingId: meeting.id, presentCount: 2, state: "DRAFT" });
    // ensureMemberRatings gave every active member of the tổ a row; refreshExclusions barred from titles those without a registration.
    const worldMember = await db.memberRating.findFirstOrThrow({
      where: { ratingYearId: ratingYear.id, memberId: w.people.member.member.id },
    });
    expect(worldMember.awardBarReason).toContain("Không có đăng ký thi đua được duyệt");
    expect(worldMember.excludedReason).toBeNull();
    expect(await auditsSince(mark, "GroupReview")).toHaveLength(1);
    // Opening twice is refused.
    expect(
      await openGroupReviewAction({
        ratingYearId: ratingYear.id,
        groupId: w.groupA.id,
        meetingId: meeting.id,
        presentCount: "",
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("without attendance, the typed count must not exceed the tổ's members; a meeting of another tổ is refused", async () => {
    const year = freshYear();
    const { ratingYear } = await ensureRatingYear(w.unit.id, year);
    const mine = await makeReviewMeeting(w.unit.id, w.groupA.id, year);
    const other = await makeReviewMeeting(w.unit.id, w.groupB.id, year);
    leader();
    const base = { ratingYearId: ratingYear.id, groupId: w.groupA.id };
    expect(await openGroupReviewAction({ ...base, meetingId: other.id, presentCount: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { meetingId: expect.any(String) },
    });
    const tooMany = await openGroupReviewAction({ ...base, meetingId: mine.id, presentCount: "9999" });
    expect(tooMany).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { presentCount: expect.stringContaining("không được vượt số đoàn viên") },
    });
    expect(await openGroupReviewAction({ ...base, meetingId: mine.id, presentCount: "" })).toMatchObject({
      ok: false,
      fieldErrors: { presentCount: expect.any(String) },
    });
    expect(await db.groupReview.count({ where: { ratingYearId: ratingYear.id } })).toBe(0);
    expect(await openGroupReviewAction({ ...base, meetingId: mine.id, presentCount: "2" })).toMatchObject({
      ok: true,
    });
  });
});

describe("the tổ's record for a member", () => {
  it("refuses votes over the number present, next to the field, and changes nothing", async () => {
    const year = freshYear();
    await openedReview(w.unit.id, w.groupA.id, year, 6);
    const m = await ratedMember(w.unit.id, w.groupA.id, year);
    leader();
    const before = await snapshotAll(w.unitIds);
    const res = await saveMemberReviewAction(form(m, { votesFor: "5", votesAgainst: "2" }));
    expect(res).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { votesFor: "Tổng số phiếu (7) vượt số người dự họp (6)." },
    });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
    expect(await saveMemberReviewAction(form(m, { votesFor: "-1" }))).toMatchObject({
      ok: false,
      fieldErrors: { votesFor: expect.any(String) },
    });
    expect(await saveMemberReviewAction(form(m, { votesFor: "5", votesAgainst: "1" }))).toMatchObject({
      ok: true,
    });
    expect(await db.memberRating.findUniqueOrThrow({ where: { id: m.rating.id } })).toMatchObject({
      votesFor: 5,
      votesAgainst: 1,
      proposedLevel: GOOD,
      version: 1,
    });
  });

  it("needs a giải trình where the tổ's score differs from the self score, and stores it", async () => {
    const year = freshYear();
    await openedReview(w.unit.id, w.groupA.id, year);
    const m = await ratedMember(w.unit.id, w.groupA.id, year);
    const c = m.criteria[2]; // self points = max − 2
    leader();
    const missing = await saveMemberReviewAction(
      form(m, { scores: { [c.id]: { groupPoints: String(c.maxPoints - 5), explanation: " " } } }),
    );
    expect(missing).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { [`scores.${c.id}.explanation`]: expect.stringContaining("giải trình") },
    });
    const over = await saveMemberReviewAction(
      form(m, { scores: { [c.id]: { groupPoints: String(c.maxPoints + 1), explanation: "x" } } }),
    );
    expect(over).toMatchObject({
      ok: false,
      fieldErrors: { [`scores.${c.id}.groupPoints`]: `Tối đa ${c.maxPoints} điểm.` },
    });
    // The same as the self score needs no explanation.
    const same = m.criteria[0];
    const ok = await saveMemberReviewAction(
      form(m, {
        scores: {
          [c.id]: { groupPoints: String(c.maxPoints - 5), explanation: "Chưa hoàn thành hồ sơ đúng hạn" },
          [same.id]: { groupPoints: String(same.maxPoints - 2), explanation: "" },
        },
      }),
    );
    expect(ok).toMatchObject({ ok: true });
    const score = await db.emulationScore.findFirstOrThrow({
      where: { assessmentId: m.assessmentId!, criterionId: c.id },
    });
    expect(score).toMatchObject({
      selfPoints: c.maxPoints - 2,
      groupPoints: c.maxPoints - 5,
      explanation: "Chưa hoàn thành hồ sơ đúng hạn",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "MemberRating", entityId: m.rating.id },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toMatchObject({
      proposedLevel: GOOD,
      scores: { [c.id]: { groupPoints: c.maxPoints - 5 } },
    });
  });

  it("rates a member barred from titles (no registration, long leave) and caps a disciplined one's proposal, in the same save", async () => {
    const year = freshYear();
    await openedReview(w.unit.id, w.groupA.id, year);
    const unregistered = await ratedMember(w.unit.id, w.groupA.id, year, { assessed: false });
    const onLeave = await ratedMember(w.unit.id, w.groupA.id, year);
    const disciplined = await ratedMember(w.unit.id, w.groupA.id, year);
    leader();
    // Exclusions bar titles and awards, not the rating: the tổ proposes a level for both.
    expect(await saveMemberReviewAction(form(unregistered))).toMatchObject({
      ok: true,
      data: { awardBarReason: expect.stringContaining("Không có đăng ký thi đua được duyệt") },
    });
    expect(
      await saveMemberReviewAction(form(onLeave, { longLeaveNote: "Nghỉ ốm dài ngày từ 03/2026" })),
    ).toMatchObject({ ok: true, data: { awardBarReason: "Nghỉ dài ngày" } });
    expect(await db.memberRating.findUniqueOrThrow({ where: { id: onLeave.rating.id } })).toMatchObject({
      longLeaveNote: "Nghỉ ốm dài ngày từ 03/2026",
      awardBarReason: "Nghỉ dài ngày",
      excludedReason: null,
      proposedLevel: GOOD,
    });
    // Discipline caps the level at "Hoàn thành nhiệm vụ": a higher proposal is refused, nothing stored.
    const capped = await saveMemberReviewAction(form(disciplined, { disciplineNote: "Khiển trách 05/2026" }));
    expect(capped).toMatchObject({
      ok: false,
      fieldErrors: {
        proposedLevel: "Bị kỷ luật trong năm: mức xếp loại không cao hơn “Hoàn thành nhiệm vụ”.",
      },
    });
    expect(await db.memberRating.findUniqueOrThrow({ where: { id: disciplined.rating.id } })).toMatchObject({
      disciplineNote: null,
      proposedLevel: null,
      version: 0,
    });
    expect(
      await saveMemberReviewAction(
        form(disciplined, {
          disciplineNote: "Khiển trách 05/2026",
          sanctionNote: "Phạt hành chính 03/2026",
          proposedLevel: "Hoàn thành nhiệm vụ",
        }),
      ),
    ).toMatchObject({
      ok: true,
      data: { awardBarReason: "Bị kỷ luật trong năm; Bị xử phạt hành chính trong năm" },
    });
  });

  it("another tổ's leader and the chủ tịch get not found, and the database is unchanged", async () => {
    const year = freshYear();
    const { review } = await openedReview(w.unit.id, w.groupA.id, year);
    const m = await ratedMember(w.unit.id, w.groupA.id, year);
    const before = await snapshotAll(w.unitIds);
    const mark = await lastAuditId();
    for (const who of [w.people.leaderOtherGroup, w.people.chair]) {
      actAs(who.user.id);
      expect(await saveMemberReviewAction(form(m))).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await submitGroupReviewAction({ reviewId: review.id, version: 0 })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(
        await updateGroupReviewAction({
          reviewId: review.id,
          version: 0,
          meetingId: review.meetingId!,
          presentCount: "1",
          remarks: "",
        }),
      ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await snapshotAll(w.unitIds)).toEqual(before);
    expect(await lastAuditId()).toBe(mark);
  });

  it("refuses a stale version without overwriting", async () => {
    const year = freshYear();
    await openedReview(w.unit.id, w.groupA.id, year);
    const m = await ratedMember(w.unit.id, w.groupA.id, year);
    leader();
    expect(await saveMemberReviewAction(form(m, { groupOpinion: "Bản thứ nhất" }))).toMatchObject({
      ok: true,
    });
    const stale = await saveMemberReviewAction(
      form(m, { groupOpinion: "Bản thứ hai", proposedLevel: "Hoàn thành nhiệm vụ" }),
    );
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("Tải lại trang để xem bản mới"),
    });
    expect(await db.memberRating.findUniqueOrThrow({ where: { id: m.rating.id } })).toMatchObject({
      groupOpinion: "Bản thứ nhất",
      proposedLevel: GOOD,
      version: 1,
    });
  });

  it("refuses every write once the year is finalised", async () => {
    const year = freshYear();
    const { review, ratingYear } = await openedReview(w.unit.id, w.groupA.id, year);
    const m = await ratedMember(w.unit.id, w.groupA.id, year);
    await db.ratingYear.update({ where: { id: ratingYear.id }, data: { status: "FINALISED" } });
    leader();
    const before = await snapshotAll(w.unitIds);
    const locked = expect.stringContaining("đã chốt");
    expect(await saveMemberReviewAction(form(m))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: locked,
    });
    expect(await submitGroupReviewAction({ reviewId: review.id, version: review.version })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: locked,
    });
    expect(
      await updateGroupReviewAction({
        reviewId: review.id,
        version: review.version,
        meetingId: review.meetingId!,
        presentCount: "1",
        remarks: "",
      }),
    ).toMatchObject({ ok: false, error: locked });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
  });
});

describe("submitting the tổ's proposals", () => {
  it("is refused while a rated member lacks a proposal, then accepted once; the rows are read-only after", async () => {
    const year = freshYear();
    const { review } = await openedReview(w.unit.id, w.groupA.id, year);
    const a = await ratedMember(w.unit.id, w.groupA.id, year);
    const b = await ratedMember(w.unit.id, w.groupA.id, year);
    leader();
    expect(await saveMemberReviewAction(form(a))).toMatchObject({ ok: true });
    expect(await saveMemberReviewAction(form(b, { proposedLevel: "" }))).toMatchObject({ ok: true });
    // Every member of the tổ is rated, those barred from titles too (the world's members have no
    // registration): the tổ's proposals for them, as recorded elsewhere.
    const ry = await db.ratingYear.findUniqueOrThrow({ where: { id: review.ratingYearId } });
    await db.$transaction((tx) => ensureMemberRatings(tx, ry, w.groupA.id));
    await db.memberRating.updateMany({
      where: {
        ratingYearId: review.ratingYearId,
        groupId: w.groupA.id,
        id: { notIn: [a.rating.id, b.rating.id] },
      },
      data: { proposedLevel: GOOD, votesFor: 5, votesAgainst: 0 },
    });
    const early = await submitGroupReviewAction({ reviewId: review.id, version: 0 });
    expect(early).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("Còn 1 đoàn viên chưa có mức đề xuất"),
    });
    expect(await db.groupReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
      state: "DRAFT",
      submittedAt: null,
    });
    expect(await saveMemberReviewAction(form(b, { version: 1 }))).toMatchObject({ ok: true });

    const mark = await lastAuditId();
    const [first, second] = await Promise.all([
      submitGroupReviewAction({ reviewId: review.id, version: 0 }),
      submitGroupReviewAction({ reviewId: review.id, version: 0 }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const after = await db.groupReview.findUniqueOrThrow({ where: { id: review.id } });
    expect(after).toMatchObject({
      state: "SUBMITTED",
      submittedById: w.people.leaderSameGroup.user.id,
      version: 1,
    });
    expect(after.submittedAt).toBeInstanceOf(Date);
    expect(await auditsSince(mark, "GroupReview")).toHaveLength(1);
    expect(await submitGroupReviewAction({ reviewId: review.id, version: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(
      await saveMemberReviewAction(form(a, { version: 1, groupOpinion: "Sửa sau khi gửi" })),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await auditsSince(mark, "GroupReview")).toHaveLength(1);
  });
});
