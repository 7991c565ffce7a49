// The UBKT's work (decision 0077) against the real database: an inspection from plan to closure,
// each state rule's refusal with the database left exactly as it was, the evidence checked in the
// unit, the UBKT's writes allowed only here, and the three papers read back (text and layout).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as recordGet } from "@/app/api/inspections/[id]/record/route";
import { GET as planGet } from "@/app/api/inspections/plan/route";
import { GET as reportGet } from "@/app/api/inspections/report/route";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import {
  addFindingAction,
  addRecommendationAction,
  closeInspectionAction,
  concludeInspectionAction,
  createInspectionAction,
  createPlanItemAction,
  respondRecommendationAction,
  reviewResponseAction,
  startInspectionAction,
  withdrawInspectionAction,
} from "@/lib/inspections/actions";
import { compareTexts, pdfFonts, pdfText } from "../support/documents";
import { TEST_TODAY, THIS_YEAR } from "../support/today";
import { ACTION_MATRIX } from "./helpers/action-matrix";
import { callRoute, readDocx } from "./helpers/route-matrix-kit";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";
import { makeInspection } from "../factories/inspections";
import { makeMember } from "../factories/records";
import { makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const ok = <T>(r: ActionResult<T>): T => {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { ok: true; data: T }).data;
};
const ubkt = () => actAs(w.userIdOf("ubkt"));
const chair = () => actAs(w.userIdOf("chair"));
const last = THIS_YEAR - 1;
const vn = (iso: string) => iso.split("-").reverse().join("/");

/** "595.28 x 841.89 pts (A4)": the first page's size, as pdfinfo reads it. */
function pageSize(pdf: Uint8Array) {
  const file = join(tmpdir(), `inspection-${process.pid}.pdf`);
  writeFileSync(file, pdf);
  return /Page size:\s+(.*)/.exec(execFileSync("pdfinfo", [file]).toString("utf8"))?.[1].trim();
}

/** The outcome and the proof that nothing changed: the unit's rows and the audit log. */
async function refused(run: () => Promise<ActionResult<unknown>>) {
  const [before, mark] = [await snapshotAll(w.unitIds), await lastAuditId()];
  const r = await run();
  expect(await snapshotAll(w.unitIds)).toEqual(before);
  expect(await lastAuditId()).toBe(mark);
  return r;
}

const inProgress = (extra: { finding?: boolean; recommendation?: "OPEN" } = {}) =>
  makeInspection(db, {
    unitId: w.unit.id,
    leaderMemberId: w.memberIdOf("ubkt")!,
    year: THIS_YEAR,
    status: "IN_PROGRESS",
    startedOn: TEST_TODAY,
    ...extra,
  });

describe("an inspection from the plan to its closure", () => {
  it("the UBKT plans, inspects, concludes; the BCH answers; the UBKT asks again, accepts and closes", async () => {
    const member = await makeMember(db, {
      unitId: w.unit.id,
      groupId: w.groupA.id,
      fullName: "Đinh Thị Chứng",
    });
    const cat = await makeWelfareCategory(db, w.unit.id, { name: "Ốm đau" });
    const visit = await makeWelfareVisit(db, {
      unitId: w.unit.id,
      memberId: member.id,
      categoryId: cat.id,
      eventOn: `${last}-07-10`,
      amount: 300_000,
      state: "DONE",
    });
    ubkt();
    const plan = ok(
      await createPlanItemAction({
        year: THIS_YEAR,
        subject: "WELFARE",
        content: `Chi thăm hỏi năm ${last}`,
        periodLabel: `Năm ${last}`,
        plannedMonth: "2",
        team: "Chủ nhiệm UBKT",
      }),
    );
    const { id } = ok(
      await createInspectionAction({
        planItemId: plan.id,
        year: THIS_YEAR,
        subject: "WELFARE",
        title: `Kiểm tra chi thăm hỏi năm ${last}`,
        inspectedParty: "Ban Chấp hành Công đoàn cơ sở",
        periodFrom: `01/01/${last}`,
        periodTo: `31/12/${last}`,
        leaderMemberId: w.memberIdOf("ubkt")!,
        memberIds: [],
      }),
    );
    ok(await startInspectionAction({ id }));
    const finding = ok(
      await addFindingAction({
        inspectionId: id,
        text: "Lần chi thứ ba trong năm chưa kèm giấy ra viện",
        severity: "SHORTCOMING",
        // The label the browser sends is not used: the server writes it from the record.
        evidence: [
          { kind: "welfareVisit", refId: visit.id, label: "giả mạo" },
          { kind: "member", refId: member.id },
        ],
      }),
    );
    const rec = ok(
      await addRecommendationAction({
        inspectionId: id,
        findingId: finding.id,
        text: "Bổ sung giấy ra viện vào hồ sơ chi",
        responsible: "Ban Chấp hành CĐCS",
        dueOn: `31/12/${THIS_YEAR}`,
      }),
    );
    ok(
      await concludeInspectionAction({
        id,
        concludedOn: vn(TEST_TODAY),
        conclusion: "Chi đúng đối tượng; một khoản thiếu chứng từ.",
        inspectedRepName: "Người Đại Diện",
        inspectedRepTitle: "Chủ tịch CĐCS",
      }),
    );
    expect(
      await db.inspectionEvidence.findMany({
        where: { findingId: finding.id },
        orderBy: { kind: "asc" },
        select: { kind: true, refId: true, label: true },
      }),
    ).toEqual([
      { kind: "member", refId: member.id, label: "Đinh Thị Chứng" },
      { kind: "welfareVisit", refId: visit.id, label: `10/07/${last} · Đinh Thị Chứng · Ốm đau · 300.000 ₫` },
    ]);

    chair();
    ok(
      await respondRecommendationAction({ recommendationId: rec.id, text: "Đã bổ sung", doneOn: TEST_TODAY }),
    );
    ubkt();
    ok(
      await reviewResponseAction({
        recommendationId: rec.id,
        accepted: false,
        note: "Còn thiếu bản sao hóa đơn",
      }),
    );
    expect(await db.inspectionRecommendation.findUnique({ where: { id: rec.id } })).toMatchObject({
      status: "OPEN",
    });
    // Not closable while the recommendation is open again.
    expect(await refused(() => closeInspectionAction({ id }))).toMatchObject({ ok: false, code: "CONFLICT" });
    chair();
    ok(
      await respondRecommendationAction({
        recommendationId: rec.id,
        text: "Đã bổ sung hóa đơn",
        doneOn: TEST_TODAY,
      }),
    );
    ubkt();
    ok(await reviewResponseAction({ recommendationId: rec.id, accepted: true, note: "" }));
    ok(await closeInspectionAction({ id }));

    const done = await db.inspection.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        closedOn: true,
        recommendations: { select: { status: true, responses: true } },
      },
    });
    expect(done.status).toBe("CLOSED");
    expect(done.closedOn?.toISOString().slice(0, 10)).toBe(TEST_TODAY);
    expect(done.recommendations[0].status).toBe("ACCEPTED");
    expect(done.recommendations[0].responses.map((r) => [r.text, r.accepted])).toEqual([
      ["Đã bổ sung", false],
      ["Đã bổ sung hóa đơn", true],
    ]);
    const actions = (
      await db.auditLog.findMany({ where: { entityId: { in: [id, rec.id] } }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual([
      "inspection.create",
      "inspection.start",
      "inspection.recommendation.add",
      "inspection.conclude",
      "inspection.recommendation.respond",
      "inspection.recommendation.return",
      "inspection.recommendation.respond",
      "inspection.recommendation.accept",
      "inspection.close",
    ]);
  });
});

describe("refusals leave the database as it was", () => {
  it("no finding before the inspection starts, nor after it concludes", async () => {
    ubkt();
    const planned = await makeInspection(db, {
      unitId: w.unit.id,
      leaderMemberId: w.memberIdOf("ubkt")!,
      year: THIS_YEAR,
    });
    const finding = { text: "Thiếu chứng từ", severity: "SHORTCOMING", evidence: [] };
    expect(
      await refused(() => addFindingAction({ inspectionId: planned.inspection.id, ...finding })),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: "Chỉ ghi phát hiện, kiến nghị khi cuộc kiểm tra đang tiến hành (trước khi kết luận).",
    });
    const concluded = await makeInspection(db, {
      unitId: w.unit.id,
      leaderMemberId: w.memberIdOf("ubkt")!,
      year: THIS_YEAR,
      status: "CONCLUDED",
    });
    expect(
      await refused(() => addFindingAction({ inspectionId: concluded.inspection.id, ...finding })),
    ).toMatchObject({
      code: "CONFLICT",
    });
    expect(
      await refused(() => withdrawInspectionAction({ id: concluded.inspection.id, reason: "Không cần nữa" })),
    ).toMatchObject({ code: "CONFLICT", error: "Cuộc kiểm tra đã kết luận thì không rút được." });
  });

  it("no conclusion without a finding, nor dated after today or before the start", async () => {
    ubkt();
    const bare = await inProgress();
    const conclude = {
      conclusion: "Không phát hiện sai phạm.",
      inspectedRepName: "Trần Văn A",
      inspectedRepTitle: "Chủ tịch",
    };
    expect(
      await refused(() =>
        concludeInspectionAction({ id: bare.inspection.id, concludedOn: TEST_TODAY, ...conclude }),
      ),
    ).toMatchObject({
      code: "CONFLICT",
      error: "Chưa có nội dung kiểm tra nào được ghi nhận: hãy ghi ít nhất một phát hiện.",
    });
    const withFinding = await inProgress({ finding: true });
    const tomorrow = new Date(Date.parse(`${TEST_TODAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.parse(`${TEST_TODAY}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(
      await refused(() =>
        concludeInspectionAction({ id: withFinding.inspection.id, concludedOn: tomorrow, ...conclude }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { concludedOn: "Ngày kết luận không được sau hôm nay." },
    });
    expect(
      await refused(() =>
        concludeInspectionAction({ id: withFinding.inspection.id, concludedOn: yesterday, ...conclude }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        concludedOn: `Ngày kết luận không được trước ngày bắt đầu kiểm tra (${vn(TEST_TODAY)}).`,
      },
    });
  });

  it("evidence must be a record of the unit, of a known kind", async () => {
    ubkt();
    const i = await inProgress();
    const foreign = await makeMember(db, { unitId: w.otherUnit.id, groupId: w.otherGroup.id });
    for (const evidence of [
      [{ kind: "member", refId: foreign.id }],
      [{ kind: "financePeriod", refId: "2025" }],
      [{ kind: "ratingYear", refId: "1999" }],
    ])
      expect(
        await refused(() =>
          addFindingAction({
            inspectionId: i.inspection.id,
            text: "Thiếu chứng từ",
            severity: "VIOLATION",
            evidence,
          }),
        ),
      ).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { evidence: "Có hồ sơ dẫn chứng không tìm thấy trong đơn vị." },
      });
  });

  it("the đoàn kiểm tra is made of members of the UBKT", async () => {
    ubkt();
    const input = {
      planItemId: "",
      year: THIS_YEAR,
      subject: "FINANCE",
      title: "Kiểm tra tài chính năm trước",
      inspectedParty: "Ban Chấp hành CĐCS",
      periodFrom: `01/01/${last}`,
      periodTo: `31/12/${last}`,
      leaderMemberId: w.memberIdOf("bchMember")!,
      memberIds: [],
    };
    expect(await refused(() => createInspectionAction(input))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { leaderMemberId: "Trưởng đoàn phải là thành viên UBKT." },
    });
    expect(
      await refused(() =>
        createInspectionAction({
          ...input,
          leaderMemberId: w.memberIdOf("ubkt")!,
          memberIds: [w.memberIdOf("chair")!],
        }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { memberIds: "Thành viên đoàn phải là thành viên UBKT." },
    });
    expect(
      await refused(() =>
        createInspectionAction({
          ...input,
          leaderMemberId: w.memberIdOf("ubkt")!,
          periodTo: `31/12/${last - 1}`,
        }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { periodTo: "Ngày kết thúc không được trước ngày bắt đầu." },
    });
  });

  it("the BCH answers only a concluded inspection's open recommendation, once, and not for a future day", async () => {
    chair();
    const open = await inProgress({ recommendation: "OPEN" });
    const answer = { text: "Đã bổ sung", doneOn: TEST_TODAY };
    expect(
      await refused(() =>
        respondRecommendationAction({ recommendationId: open.recommendation!.id, ...answer }),
      ),
    ).toMatchObject({ code: "CONFLICT" });
    const concluded = await makeInspection(db, {
      unitId: w.unit.id,
      leaderMemberId: w.memberIdOf("ubkt")!,
      year: THIS_YEAR,
      status: "CONCLUDED",
      recommendation: "ANSWERED",
    });
    expect(
      await refused(() =>
        respondRecommendationAction({ recommendationId: concluded.recommendation!.id, ...answer }),
      ),
    ).toMatchObject({ code: "CONFLICT", error: "Kiến nghị này đã được trả lời, đang chờ UBKT xem xét." });
    const fresh = await makeInspection(db, {
      unitId: w.unit.id,
      leaderMemberId: w.memberIdOf("ubkt")!,
      year: THIS_YEAR,
      status: "CONCLUDED",
      recommendation: "OPEN",
    });
    const tomorrow = new Date(Date.parse(`${TEST_TODAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(
      await refused(() =>
        respondRecommendationAction({
          recommendationId: fresh.recommendation!.id,
          text: "Đã làm",
          doneOn: tomorrow,
        }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { doneOn: "Ngày thực hiện không được sau hôm nay." },
    });
    ubkt();
    expect(
      await refused(() =>
        reviewResponseAction({ recommendationId: concluded.recommendation!.id, accepted: false, note: "" }),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { note: expect.stringContaining("ghi rõ điều còn thiếu") },
    });
    expect(await refused(() => closeInspectionAction({ id: concluded.inspection.id }))).toMatchObject({
      code: "CONFLICT",
      error: "Còn 1 kiến nghị chưa hoàn thành: chỉ khép lại khi mọi kiến nghị đã được UBKT chấp nhận.",
    });
  });
});

describe("the UBKT writes only its inspections", () => {
  it("beyond its inspections and its note on the fund, the UBKT may run (by the matrix, whose every cell is run) only what any đoàn viên does for themselves", () => {
    const byRole = (role: "ubkt" | "member") =>
      Object.entries(ACTION_MATRIX)
        .filter(
          ([key, row]) =>
            row.expected[role] === "ok" &&
            !key.startsWith("inspections.") &&
            key !== "finance.fund.addFundInspectionNoteAction",
        )
        .map(([key]) => key)
        .sort();
    // A subset: an own-record row may be prepared for the member alone (their notice to mark read).
    expect(byRole("member")).toEqual(expect.arrayContaining(byRole("ubkt")));
    expect(byRole("ubkt").length).toBeGreaterThan(0);
    expect(ACTION_MATRIX["finance.fund.addFundInspectionNoteAction"].expected.ubkt).toBe("ok");
    const inspections = Object.keys(ACTION_MATRIX).filter((k) => k.startsWith("inspections."));
    expect(inspections.length).toBe(13);
    for (const k of inspections)
      expect(ACTION_MATRIX[k].expected.ubkt, k).toBe(
        k === "inspections.respondRecommendationAction" ? "FORBIDDEN" : "ok",
      );
  });
});

describe("the papers read back", () => {
  let id: string;
  beforeAll(async () => {
    const f = await makeInspection(db, {
      unitId: w.unit.id,
      leaderMemberId: w.memberIdOf("ubkt")!,
      year: THIS_YEAR,
      status: "CONCLUDED",
      startedOn: `${THIS_YEAR}-01-05`,
      title: "Kiểm tra quỹ Bienbanthu",
      recommendation: "ACCEPTED",
    });
    id = f.inspection.id;
  });
  const get = (handler: unknown, path: string, query = "", params?: Record<string, string>) =>
    callRoute({ path, method: "GET", handler }, { query, params });

  it("the biên bản: dated its conclusion, its sections, signed by the trưởng đoàn and the inspected party", async () => {
    ubkt();
    const res = await get(recordGet, "/api/inspections/[id]/record", "", { id });
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = pdfText(pdf).replace(/\s+/g, " ");
    const leader = await db.member.findUniqueOrThrow({ where: { id: w.memberIdOf("ubkt")! } });
    for (const s of [
      "ỦY BAN KIỂM TRA",
      "BIÊN BẢN KIỂM TRA",
      `ngày 05 tháng 01 năm ${THIS_YEAR}`,
      "I. THÀNH PHẦN",
      `${leader.fullName}, Ủy viên UBKT – Trưởng đoàn`,
      "II. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA",
      "Thiếu chứng từ một khoản chi.",
      "Hạn chế, thiếu sót",
      "III. KẾT LUẬN",
      "IV. KIẾN NGHỊ",
      "Bổ sung chứng từ cho khoản chi.",
      `31/12/${THIS_YEAR}`,
      "ĐẠI DIỆN BÊN ĐƯỢC KIỂM TRA",
      "TM. ĐOÀN KIỂM TRA",
      "TRƯỞNG ĐOÀN",
      "Trần Thị Thu Hà",
    ])
      expect(text).toContain(s);
    expect(pdfFonts(pdf)).toMatch(/Tinos/);
    // A portrait A4 page (595 × 842 pt).
    expect(pageSize(pdf)).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    // A date chosen when printing does not replace the biên bản's own.
    const dated = await get(recordGet, "/api/inspections/[id]/record", `?date=${THIS_YEAR}-03-03`, { id });
    expect(pdfText(new Uint8Array(await dated.arrayBuffer()))).toContain(`ngày 05 tháng 01 năm ${THIS_YEAR}`);
    const docx = await get(recordGet, "/api/inspections/[id]/record", "?format=docx", { id });
    const cmp = await compareTexts(pdf, new Uint8Array(await docx.arrayBuffer()));
    expect(cmp.missing).toEqual([]);
  });

  it("the báo cáo of the year counts the inspections, findings and recommendations and says what became of each", async () => {
    ubkt();
    const res = await get(reportGet, "/api/inspections/report", `?year=${THIS_YEAR}`);
    const text = pdfText(new Uint8Array(await res.arrayBuffer())).replace(/\s+/g, " ");
    const [held, findings, recs, done] = await Promise.all([
      db.inspection.count({ where: { unitId: w.unit.id, year: THIS_YEAR, status: { not: "WITHDRAWN" } } }),
      db.inspectionFinding.count({
        where: {
          withdrawnAt: null,
          inspection: { unitId: w.unit.id, year: THIS_YEAR, status: { not: "WITHDRAWN" } },
        },
      }),
      db.inspectionRecommendation.count({
        where: {
          status: { not: "WITHDRAWN" },
          inspection: { unitId: w.unit.id, year: THIS_YEAR, status: { not: "WITHDRAWN" } },
        },
      }),
      db.inspectionRecommendation.count({
        where: {
          status: "ACCEPTED",
          inspection: { unitId: w.unit.id, year: THIS_YEAR, status: { not: "WITHDRAWN" } },
        },
      }),
    ]);
    expect(held).toBeGreaterThan(1);
    expect(text).toContain(`BÁO CÁO CÔNG TÁC KIỂM TRA NĂM ${THIS_YEAR}`);
    expect(text).toContain(`đã tiến hành ${held} cuộc kiểm tra`);
    expect(text).toContain(`Tổng số ${findings} phát hiện`);
    expect(text).toContain(`đã kiến nghị ${recs} nội dung; đã thực hiện xong ${done}, còn ${recs - done}`);
    expect(text).toContain(`Đã thực hiện ngày 05/01/${THIS_YEAR}`);
    expect(text).toContain("Bienbanthu");
    expect(text).toContain("TM. ỦY BAN KIỂM TRA");
  });

  it("the kế hoạch lists the year's lines by month, in DOCX as in PDF", async () => {
    ubkt();
    const pdfRes = await get(planGet, "/api/inspections/plan", `?year=${THIS_YEAR}`);
    const pdf = new Uint8Array(await pdfRes.arrayBuffer());
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain(`KẾ HOẠCH KIỂM TRA NĂM ${THIS_YEAR}`);
    expect(text).toContain(`Chi thăm hỏi năm ${last}`);
    expect(text).toContain("Tháng 2");
    const docx = await readDocx(
      await get(planGet, "/api/inspections/plan", `?year=${THIS_YEAR}&format=docx`),
    );
    expect(docx).toContain(`Chi thăm hỏi năm ${last}`);
    expect(await get(planGet, "/api/inspections/plan", "?year=abc")).toMatchObject({ status: 400 });
  });
});
