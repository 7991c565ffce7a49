// Bình xét thi đua against real PostgreSQL: only registered subjects and titles, the reason rule,
// the commendation, optimistic locking, the locked year, the audit rows, the bulk "Đạt", the
// paged list and the rows of "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG".
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { decideMemberLevelAction } from "@/lib/rating/decision/actions";
import { refreshExclusions } from "@/lib/rating/refresh";
import type { ReportDoc } from "@/lib/rating/reports/blocks";
import {
  agencyListDoc,
  cdcsRecognitionDoc,
  proposalLetterDoc,
  upperListDoc,
} from "@/lib/rating/reports/docs/awards-doc";
import { getAwardsReport } from "@/lib/rating/reports/queries/awards";
import { achieveFilteredTitlesAction, decideTitleAwardAction } from "@/lib/rating/titles/actions";
import { findTitleCandidates, listAwardsForReport } from "@/lib/rating/titles/queries";
import { parseTitleListParams } from "@/lib/rating/titles/schema";
import { findRatingYear } from "@/lib/rating/year";
import { makeMember } from "../factories/records";
import { groupRegisteredForTitles, registeredForTitles } from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";
import { SUITE_MOMENT } from "../support/today";

let w: World;
const LDTT = "Lao động tiên tiến";
const CSTD = "Chiến sĩ thi đua cơ sở";
const DVXS = "Đoàn viên công đoàn xuất sắc";
const GVN = "Giỏi việc nước, đảm việc nhà";
const TO_VM = "Tổ công đoàn vững mạnh";
const L = {
  XS: "Hoàn thành xuất sắc nhiệm vụ",
  T: "Hoàn thành tốt nhiệm vụ",
  HT: "Hoàn thành nhiệm vụ",
};
/** Every text of a paper, one line per paragraph / table row. */
const docText = (d: ReportDoc) =>
  [
    d.title,
    d.subtitle ?? "",
    ...d.blocks.flatMap((b): string[] =>
      b.kind === "paragraph" || b.kind === "heading"
        ? [b.text]
        : b.kind === "table"
          ? [...b.rows, ...(b.footer ?? [])].map((r) => r.join(" | "))
          : b.kind === "recipients"
            ? b.items
            : [],
    ),
  ].join("\n");
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
    const f = await registeredForTitles(w.unit.id, w.groupA.id, 2026, [DVXS]);
    const commendation = await db.emulationCommendation.findFirstOrThrow({
      where: { unitId: w.unit.id, name: "Giấy khen của CĐ cấp trên" },
    });
    const res = await decideTitleAwardAction(
      decision(f, {
        titleId: f.titleId(DVXS),
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

describe("who confers what: three separate papers", () => {
  it("state titles never appear in the list to the cấp trên; they go to the agency's Hội đồng thi đua list, labelled", async () => {
    const YEAR = 2033;
    const gk = await db.emulationCommendation.findFirstOrThrow({
      where: { unitId: w.unit.id, name: "Giấy khen của CĐ cấp trên" },
    });
    const a = await registeredForTitles(w.unit.id, w.groupA.id, YEAR, [LDTT, CSTD, DVXS]);
    expect(await decideTitleAwardAction(decision(a))).toMatchObject({ ok: true });
    expect(await decideTitleAwardAction(decision(a, { titleId: a.titleId(CSTD) }))).toMatchObject({
      ok: true,
    });
    expect(
      await decideTitleAwardAction(
        decision(a, {
          titleId: a.titleId(DVXS),
          result: "PROPOSED_HIGHER",
          reason: "Tiêu biểu trong phong trào",
          commendationId: gk.id,
        }),
      ),
    ).toMatchObject({ ok: true });
    // A union form on a state title is refused: the union does not propose state titles upwards.
    const b = await registeredForTitles(w.unit.id, w.groupA.id, YEAR, [LDTT]);
    expect(
      await decideTitleAwardAction(
        decision(b, { result: "PROPOSED_HIGHER", reason: "Đề nghị", commendationId: gk.id }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { commendationId: expect.stringContaining("Thủ trưởng") } });

    actAs(w.people.chair.user.id);
    const actor = (await loadActor(w.people.chair.user.id))!;
    const d = (await getAwardsReport(actor, YEAR))!;
    const upper = docText(upperListDoc(d));
    expect(upper).not.toContain(LDTT);
    expect(upper).not.toContain(CSTD);
    expect(upper).toContain("Giấy khen của CĐ cấp trên");
    expect(upper).toContain(a.member.fullName);
    const letter = docText(proposalLetterDoc(d));
    expect(letter).toContain("TỜ TRÌNH");
    expect(letter).not.toContain(LDTT);
    const agency = agencyListDoc(d);
    expect(agency.title).toContain("HỘI ĐỒNG THI ĐUA");
    const agencyText = docText(agency);
    expect(agencyText).toContain(LDTT);
    expect(agencyText).toContain(CSTD);
    expect(agencyText).toContain("Thủ trưởng");
    expect(agencyText).not.toContain("Giấy khen của CĐ cấp trên");
  });

  it("the list counts people and collectives, not titles", async () => {
    const YEAR = 2034;
    const bk = await db.emulationCommendation.findFirstOrThrow({
      where: { unitId: w.unit.id, name: "Bằng khen LĐLĐ tỉnh" },
    });
    // One woman with two union proposals; one man with one; one tổ with one.
    const her = await registeredForTitles(w.unit.id, w.groupA.id, YEAR, [GVN, DVXS], { gender: "FEMALE" });
    const him = await registeredForTitles(w.unit.id, w.groupA.id, YEAR, [DVXS, LDTT], { gender: "MALE" });
    const tổ = await groupRegisteredForTitles(
      w.unit.id,
      w.groupB.id,
      YEAR,
      ["CĐCS hoàn thành xuất sắc nhiệm vụ"],
      L.XS,
    );
    for (const [f, title] of [
      [her, GVN],
      [him, LDTT],
    ] as const)
      expect(await decideTitleAwardAction(decision(f, { titleId: f.titleId(title) }))).toMatchObject({
        ok: true,
      });
    for (const f of [her, him])
      expect(
        await decideTitleAwardAction(
          decision(f, {
            titleId: f.titleId(DVXS),
            result: "PROPOSED_HIGHER",
            reason: "Xuất sắc",
            commendationId: bk.id,
          }),
        ),
      ).toMatchObject({ ok: true });
    expect(
      await decideTitleAwardAction({
        ...decision(him),
        registrationId: tổ.reg.id,
        titleId: tổ.titleId("CĐCS hoàn thành xuất sắc nhiệm vụ"),
      }),
    ).toMatchObject({ ok: true });
    const actor = (await loadActor(w.people.chair.user.id))!;
    const d = (await getAwardsReport(actor, YEAR))!;
    const upper = upperListDoc(d);
    // 4 proposals to the cấp trên (the state title LĐTT is not one of them): 1 tập thể, 2 cá nhân.
    expect(docText(upper)).toContain("1 tập thể và 2 cá nhân");
    expect(docText(proposalLetterDoc(d))).toContain("1 tập thể và 2 cá nhân");
    const rows = upper.blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
    expect(rows).toHaveLength(4);
  });

  it("the CĐCS's own recognitions list its titles, and its Giấy khen only where the year allows it", async () => {
    const YEAR = 2035;
    const own = await db.emulationCommendation.findFirstOrThrow({
      where: { unitId: w.unit.id, name: "Giấy khen của BCH CĐCS" },
    });
    const f = await registeredForTitles(w.unit.id, w.groupA.id, YEAR, [DVXS]);
    const give = () =>
      decideTitleAwardAction(
        decision(f, {
          titleId: f.titleId(DVXS),
          result: "PROPOSED_HIGHER",
          reason: "Tiêu biểu",
          commendationId: own.id,
        }),
      );
    expect(await give()).toMatchObject({ ok: false, fieldErrors: { commendationId: expect.any(String) } });
    expect(await awardsOf(f.reg.id)).toEqual([]);
    expect(await decideTitleAwardAction(decision(f, { titleId: f.titleId(DVXS) }))).toMatchObject({
      ok: true,
    });
    const actor = (await loadActor(w.people.chair.user.id))!;
    const d = (await getAwardsReport(actor, YEAR))!;
    expect(docText(cdcsRecognitionDoc(d))).toContain(f.member.fullName);
    expect(docText(upperListDoc(d))).not.toContain(f.member.fullName);
  });
});

describe("eligibility: the minimum level, registration, exclusions, the rated tổ", () => {
  it("bulk Đạt marks only the eligible and says whom it skipped and why", async () => {
    const YEAR = 2036;
    const ok = await registeredForTitles(w.unit.id, w.groupB.id, YEAR, [LDTT], { level: L.T });
    const low = await registeredForTitles(w.unit.id, w.groupB.id, YEAR, [LDTT], { level: L.HT });
    const notTop = await registeredForTitles(w.unit.id, w.groupB.id, YEAR, [CSTD], { level: L.T });
    const man = await registeredForTitles(w.unit.id, w.groupB.id, YEAR, [GVN], { gender: "MALE" });
    const barred = await registeredForTitles(w.unit.id, w.groupB.id, YEAR, [LDTT], {
      awardBarReason: "Bị kỷ luật trong năm",
      level: L.HT,
    });
    const unrated = await registeredForTitles(w.unit.id, w.groupB.id, YEAR, [LDTT], { level: null });
    const tổ = await groupRegisteredForTitles(w.unit.id, w.groupB.id, YEAR, [TO_VM], null);
    const r = (await findRatingYear(w.unit.id, YEAR))!;
    const res = await achieveFilteredTitlesAction({ ratingYearId: r.id });
    expect(res).toMatchObject({ ok: true, data: { count: 1 } });
    const awards = await db.titleAward.findMany({ where: { ratingYearId: r.id } });
    expect(awards.map((a) => a.registrationId)).toEqual([ok.reg.id]);
    const skipped = res.ok ? res.data.skipped : [];
    const why = Object.fromEntries(skipped.map((x) => [x.subjectName, x.reason]));
    expect(skipped).toHaveLength(6);
    expect(why[low.member.fullName]).toBe(
      "Xếp loại “Hoàn thành nhiệm vụ”; danh hiệu cần từ “Hoàn thành tốt nhiệm vụ” trở lên",
    );
    expect(why[notTop.member.fullName]).toContain("cần từ “Hoàn thành xuất sắc nhiệm vụ”");
    expect(why[man.member.fullName]).toBe("Chỉ dành cho đoàn viên nữ");
    expect(why[barred.member.fullName]).toBe("Không xét danh hiệu: Bị kỷ luật trong năm");
    expect(why[unrated.member.fullName]).toBe("Chưa có mức xếp loại cuối cùng");
    expect(why[w.groupB.name]).toBe("Tổ chưa được Ban Chấp hành xếp loại");
    expect(tổ.reg.id).toBeTruthy();
    // The one-by-one decision refuses the same, next to the result.
    expect(await decideTitleAwardAction(decision(low))).toMatchObject({
      ok: false,
      fieldErrors: { result: expect.stringContaining("Hoàn thành nhiệm vụ") },
    });
    // Không đạt stays possible for anyone.
    expect(
      await decideTitleAwardAction(decision(low, { result: "NOT_ACHIEVED", reason: "Chưa đủ mức" })),
    ).toMatchObject({ ok: true });
    // Nothing left that may be marked: a clear refusal, nothing written.
    const n = await db.titleAward.count({ where: { ratingYearId: r.id } });
    expect(await achieveFilteredTitlesAction({ ratingYearId: r.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await db.titleAward.count({ where: { ratingYearId: r.id } })).toBe(n);
  });

  it("an unregistered member gets a level but no title", async () => {
    const YEAR = 2037;
    const f = await registeredForTitles(w.unit.id, w.groupA.id, YEAR, [LDTT], {
      level: null,
      registered: false,
    });
    const r = (await findRatingYear(w.unit.id, YEAR))!;
    const other = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    const rating = await db.memberRating.create({
      data: { ratingYearId: r.id, memberId: f.member.id, groupId: w.groupA.id },
    });
    await db.memberRating.create({ data: { ratingYearId: r.id, memberId: other.id, groupId: w.groupA.id } });
    await db.$transaction((tx) => refreshExclusions(tx, r, w.groupA.id));
    const after = await db.memberRating.findUniqueOrThrow({ where: { id: rating.id } });
    expect(after.excludedReason).toBeNull();
    expect(after.awardBarReason).toContain("Không có đăng ký thi đua được duyệt");
    expect(
      await decideMemberLevelAction({
        memberRatingId: rating.id,
        version: after.version,
        level: L.T,
        exceptionReason: "",
      }),
    ).toMatchObject({ ok: true });
    expect((await db.memberRating.findUniqueOrThrow({ where: { id: rating.id } })).finalLevel).toBe(L.T);
    const actor = (await loadActor(w.people.chair.user.id))!;
    const list = await findTitleCandidates(actor, r, parseTitleListParams({}));
    expect(list.rows.map((x) => x.memberId)).not.toContain(f.member.id);
    expect(await decideTitleAwardAction(decision(f))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await awardsOf(f.reg.id)).toEqual([]);
  });
});
