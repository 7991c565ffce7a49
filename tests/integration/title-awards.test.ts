// Bình xét thi đua against real PostgreSQL: only registered subjects and titles, the reason rule,
// the commendation, optimistic locking, the locked year, the audit rows, the bulk "Đạt", the
// paged list and the rows of "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG".
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { achieveFilteredTitlesAction, decideTitleAwardAction } from "@/lib/rating/titles/actions";
import { findTitleCandidates, listAwardsForReport } from "@/lib/rating/titles/queries";
import { parseTitleListParams } from "@/lib/rating/titles/schema";
import { findRatingYear } from "@/lib/rating/year";
import { registeredForTitles } from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";
import { SUITE_MOMENT } from "../support/today";

let w: World;
const LDTT = "Lao động tiên tiến";
const CSTD = "Chiến sĩ thi đua cơ sở";
type Fixture = Awaited<ReturnType<typeof registeredForTitles>>;
const decision = (f: Fixture, over: Record<string, unknown> = {}) => ({
  ratingYearId: f.ratingYear.id,
  registrationId: f.reg.id,
  titleId: f.titleId(LDTT),
  result: "ACHIEVED",
  reason: "",
  commendationId: "",
  version: null,
  ...over,
});
const awardsOf = (registrationId: string) => db.titleAward.findMany({ where: { registrationId } });

beforeAll(async () => {
  w = await buildWorld();
  actAs(w.people.chair.user.id);
});

describe("who and what may be decided", () => {
  it("refuses a title the subject did not register, and a registration that is not approved", async () => {
    const f = await registeredForTitles(w.unit.id, w.groupA.id, 2026, [LDTT]);
    const res = await decideTitleAwardAction(decision(f, { titleId: f.titleId(CSTD) }));
    expect(res).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "Chỉ đoàn viên, tập thể đã đăng ký danh hiệu này mới được bình xét.",
    });
    await db.emulationRegistration.update({ where: { id: f.reg.id }, data: { state: "RETURNED" } });
    expect(await decideTitleAwardAction(decision(f))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await awardsOf(f.reg.id)).toEqual([]);
  });

  it("needs a reason for Không đạt and Đề nghị cấp trên khen, next to the field", async () => {
    const f = await registeredForTitles(w.unit.id, w.groupA.id, 2026, [LDTT]);
    for (const result of ["NOT_ACHIEVED", "PROPOSED_HIGHER"]) {
      expect(await decideTitleAwardAction(decision(f, { result }))).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { reason: expect.stringContaining("lý do") },
      });
    }
    expect(await awardsOf(f.reg.id)).toEqual([]);
  });

  it("records a proposal to the cấp trên with its commendation, audited", async () => {
    const f = await registeredForTitles(w.unit.id, w.groupA.id, 2026, [LDTT]);
    const commendation = await db.emulationCommendation.findFirstOrThrow({
      where: { unitId: w.unit.id, name: "Giấy khen của CĐ cấp trên" },
    });
    const res = await decideTitleAwardAction(
      decision(f, {
        result: "PROPOSED_HIGHER",
        reason: "Sáng kiến cấp tỉnh",
        commendationId: commendation.id,
      }),
    );
    expect(res).toMatchObject({ ok: true });
    const [award] = await awardsOf(f.reg.id);
    expect(award).toMatchObject({
      result: "PROPOSED_HIGHER",
      reason: "Sáng kiến cấp tỉnh",
      commendationId: commendation.id,
      decidedById: w.people.chair.user.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "TitleAward", entityId: award.id },
    });
    expect(audit).toMatchObject({ action: "rating.title.decide", actorUserId: w.people.chair.user.id });
  });

  it("refuses a commendation of another unit", async () => {
    const f = await registeredForTitles(w.unit.id, w.groupA.id, 2026, [LDTT]);
    const foreign = await db.emulationCommendation.create({
      data: { unitId: w.otherUnit.id, name: "Giấy khen lạ", level: "Cơ sở" },
    });
    expect(
      await decideTitleAwardAction(
        decision(f, { result: "PROPOSED_HIGHER", reason: "Đề nghị", commendationId: foreign.id }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { commendationId: expect.any(String) } });
    expect(await awardsOf(f.reg.id)).toEqual([]);
  });
});

describe("concurrency and the lock", () => {
  it("refuses a stale version (a second 'new' decision, or an old version)", async () => {
    const f = await registeredForTitles(w.unit.id, w.groupA.id, 2026, [LDTT]);
    expect(await decideTitleAwardAction(decision(f))).toMatchObject({ ok: true, data: { version: 0 } });
    expect(
      await decideTitleAwardAction(decision(f, { result: "NOT_ACHIEVED", reason: "Chưa đủ" })),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(
      await decideTitleAwardAction(
        decision(f, { result: "NOT_ACHIEVED", reason: "Vi phạm nội quy", version: 0 }),
      ),
    ).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await decideTitleAwardAction(decision(f, { version: 0 }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect((await awardsOf(f.reg.id))[0]).toMatchObject({
      result: "NOT_ACHIEVED",
      reason: "Vi phạm nội quy",
      version: 1,
    });
  });

  it("a finalised year refuses every change", async () => {
    const f = await registeredForTitles(w.unit.id, w.groupA.id, 2031, [LDTT]);
    await db.ratingYear.update({
      where: { id: f.ratingYear.id },
      data: { status: "FINALISED", finalisedAt: SUITE_MOMENT },
    });
    const marks = await db.auditLog.count();
    expect(await decideTitleAwardAction(decision(f))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("đã chốt"),
    });
    expect(await achieveFilteredTitlesAction({ ratingYearId: f.ratingYear.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await awardsOf(f.reg.id)).toEqual([]);
    expect(await db.auditLog.count()).toBe(marks);
  });

  it("a tổ trưởng, an ủy viên UBKT and a member may not decide", async () => {
    const f = await registeredForTitles(w.unit.id, w.groupA.id, 2026, [LDTT]);
    for (const p of [w.people.leaderSameGroup, w.people.ubkt, w.people.member]) {
      actAs(p.user.id);
      expect(await decideTitleAwardAction(decision(f))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(w.people.chair.user.id);
    expect(await awardsOf(f.reg.id)).toEqual([]);
  });
});

describe("the list, the bulk Đạt and the report rows", () => {
  it("pages and filters the candidates, marks the open ones Đạt in bulk, and lists the awarded for the report", async () => {
    const f1 = await registeredForTitles(w.unit.id, w.groupB.id, 2032, [LDTT, CSTD]);
    const f2 = await registeredForTitles(w.unit.id, w.groupB.id, 2032, [LDTT]);
    const f3 = await registeredForTitles(w.unit.id, w.groupA.id, 2032, [LDTT]);
    const actor = (await loadActor(w.people.chair.user.id))!;
    const r = (await findRatingYear(w.unit.id, 2032))!;
    const all = await findTitleCandidates(actor, r, parseTitleListParams({}));
    expect(all.total).toBe(4);
    expect(
      (await findTitleCandidates(actor, r, parseTitleListParams({ title: f1.titleId(CSTD) }))).rows.map(
        (x) => x.memberId,
      ),
    ).toEqual([f1.member.id]);
    expect(
      (await findTitleCandidates(actor, r, parseTitleListParams({ q: f2.member.fullName }))).rows.map(
        (x) => x.memberId,
      ),
    ).toContain(f2.member.id);

    expect(
      await decideTitleAwardAction(
        decision(f3, { result: "NOT_ACHIEVED", reason: "Không hoàn thành chỉ tiêu" }),
      ),
    ).toMatchObject({ ok: true });
    const bulk = await achieveFilteredTitlesAction({ ratingYearId: r.id, groupId: w.groupB.id });
    expect(bulk).toMatchObject({ ok: true, data: { count: 3 } });
    expect(
      await db.auditLog.count({
        where: {
          action: "rating.title.achieve-all",
          entityId: {
            in: (await db.titleAward.findMany({ where: { ratingYearId: r.id, result: "ACHIEVED" } })).map(
              (a) => a.id,
            ),
          },
        },
      }),
    ).toBe(3);
    expect((await findTitleCandidates(actor, r, parseTitleListParams({ result: "none" }))).total).toBe(0);
    expect(await achieveFilteredTitlesAction({ ratingYearId: r.id, groupId: w.groupB.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });

    const report = await listAwardsForReport(w.unit.id, 2032);
    expect(report).toHaveLength(3);
    expect(
      report.every(
        (x) => x.result === "ACHIEVED" && x.resultLabel === "Đạt" && x.groupName === w.groupB.name,
      ),
    ).toBe(true);
    // By title (catalogue order, then name: every sortOrder is 0 here), then tổ, then name.
    expect(report.map((x) => x.titleName)).toEqual([CSTD, LDTT, LDTT]);
    expect(await listAwardsForReport(w.unit.id, 1999)).toEqual([]);
    expect(await listAwardsForReport(w.otherUnit.id, 2032)).toEqual([]);
  });
});
