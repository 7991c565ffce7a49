// The đơn gia nhập → BCH → quyết định kết nạp → lễ kết nạp state machine against PostgreSQL: the
// member is created by the same admission as "Thêm đoàn viên" (record, tổ membership, ADMITTED
// event on the day of the lễ); every refusal leaves the database exactly as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  decideApplicationAction,
  issueAdmissionDecisionAction,
  recordAdmissionCeremonyAction,
  submitApplicationAction,
  withdrawApplicationAction,
} from "@/lib/members/applications/actions";
import { advanceCardRequestAction, requestCardAction } from "@/lib/members/cards/actions";
import { makeMember } from "../factories/records";
import { actAs } from "./helpers/session";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";
import { LAST_YEAR, TEST_TODAY } from "../support/today";

let w: World;
const Y = LAST_YEAR;
beforeAll(async () => {
  w = await buildWorld();
  actAs(w.people.chair.user.id);
});

const form = (o: Record<string, unknown> = {}) => ({
  fullName: "Trần Thị Ứng Viên",
  gender: "FEMALE",
  dateOfBirth: "1996-02-20",
  phone: "0905123456",
  email: "",
  jobTitle: "Giáo viên",
  department: "",
  groupId: w.groupA.id,
  appliedOn: `${Y}-09-05`,
  introducedBy: "Nguyễn Văn Giới Thiệu",
  ...o,
});
const submit = async (o: Record<string, unknown> = {}) => {
  const r = await submitApplicationAction(form(o));
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { data: { id: string } }).data.id;
};
const approve = (id: string, decidedOn = `${Y}-09-20`) =>
  decideApplicationAction({
    id,
    outcome: "approve",
    decidedOn,
    decisionRef: "Họp BCH ngày 20/9",
    reason: "",
  });
const number = () => `${Math.floor(Math.random() * 1e6)}/QĐ-CĐCS`;

async function refused(run: () => Promise<unknown>, code: string, field?: string) {
  const before = await snapshotAll(w.unitIds);
  const res = (await run()) as {
    ok: boolean;
    code?: string;
    fieldErrors?: Record<string, string>;
    error?: string;
  };
  expect(res, JSON.stringify(res)).toMatchObject({ ok: false, code });
  if (field) expect(res.fieldErrors?.[field], JSON.stringify(res)).toEqual(expect.any(String));
  expect(await snapshotAll(w.unitIds)).toEqual(before);
  return res;
}

describe("an applicant goes from đơn to member", () => {
  it("đơn → BCH đồng ý → quyết định → lễ kết nạp: one member, with the ADMITTED event on the day of the lễ", async () => {
    const id = await submit();
    expect(await db.membershipApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SUBMITTED",
      introducedBy: "Nguyễn Văn Giới Thiệu",
      memberId: null,
    });
    expect(await approve(id)).toMatchObject({ ok: true });
    const n = number();
    const dec = await issueAdmissionDecisionAction({
      number: n,
      decidedOn: `${Y}-09-25`,
      applicationIds: [id],
    });
    expect(dec).toMatchObject({ ok: true });
    const admissionId = (dec as { data: { id: string } }).data.id;
    expect(await db.membershipApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DECIDED",
      admissionId,
    });
    // No member before the lễ.
    expect(await db.member.count({ where: { unitId: w.unit.id, fullName: "Trần Thị Ứng Viên" } })).toBe(0);
    expect(await recordAdmissionCeremonyAction({ admissionId, ceremonyOn: `${Y}-10-02` })).toMatchObject({
      ok: true,
    });
    const app = await db.membershipApplication.findUniqueOrThrow({ where: { id } });
    expect(app.status).toBe("ADMITTED");
    const m = await db.member.findUniqueOrThrow({
      where: { id: app.memberId! },
      include: { events: true, memberships: true },
    });
    expect(m).toMatchObject({
      unitId: w.unit.id,
      groupId: w.groupA.id,
      status: "ACTIVE",
      phone: "0905123456",
    });
    expect(m.joinedUnionOn?.toISOString().slice(0, 10)).toBe(`${Y}-10-02`);
    expect(m.events.map((e) => [e.type, e.effectiveOn.toISOString().slice(0, 10)])).toEqual([
      ["ADMITTED", `${Y}-10-02`],
    ]);
    expect(m.memberships.map((x) => [x.groupId, x.startOn.toISOString().slice(0, 10), x.endOn])).toEqual([
      [w.groupA.id, `${Y}-10-02`, null],
    ]);
    const audit = await db.auditLog.findMany({
      where: { entityId: { in: [id, admissionId, m.id] } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "application.submit",
      "application.approve",
      "admission.issue",
      "member.create",
      "admission.ceremony",
    ]);
  });

  it("a refused đơn is kept with its reason and creates no member", async () => {
    const id = await submit({ fullName: "Võ Văn Từ Chối" });
    const r = await decideApplicationAction({
      id,
      outcome: "refuse",
      decidedOn: `${Y}-09-20`,
      decisionRef: "",
      reason: "Chưa đủ điều kiện",
    });
    expect(r).toMatchObject({ ok: true });
    expect(await db.membershipApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "REFUSED",
      refusalReason: "Chưa đủ điều kiện",
    });
    // …and cannot be approved afterwards, nor put in a quyết định.
    await refused(() => approve(id), "VALIDATION", "_form");
    await refused(
      () => issueAdmissionDecisionAction({ number: number(), decidedOn: `${Y}-10-01`, applicationIds: [id] }),
      "VALIDATION",
      "applicationIds",
    );
  });

  it("a withdrawn đơn is kept and cannot go on", async () => {
    const id = await submit({ fullName: "Đặng Văn Rút" });
    expect(await approve(id)).toMatchObject({ ok: true });
    expect(
      await withdrawApplicationAction({ id, withdrawnOn: `${Y}-09-22`, reason: "Chuyển công tác" }),
    ).toMatchObject({ ok: true });
    expect(await db.membershipApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "WITHDRAWN",
    });
    await refused(
      () => issueAdmissionDecisionAction({ number: number(), decidedOn: `${Y}-10-01`, applicationIds: [id] }),
      "VALIDATION",
      "applicationIds",
    );
    await refused(
      () => withdrawApplicationAction({ id, withdrawnOn: `${Y}-09-23`, reason: "" }),
      "VALIDATION",
      "_form",
    );
  });
});

describe("refusals change nothing", () => {
  it("approval needs the meeting, refusal needs the reason", async () => {
    const id = await submit({ fullName: "Lý Văn Thiếu" });
    await refused(
      () =>
        decideApplicationAction({
          id,
          outcome: "approve",
          decidedOn: `${Y}-09-20`,
          decisionRef: "",
          reason: "",
        }),
      "VALIDATION",
      "decisionRef",
    );
    await refused(
      () =>
        decideApplicationAction({
          id,
          outcome: "refuse",
          decidedOn: `${Y}-09-20`,
          decisionRef: "",
          reason: " ",
        }),
      "VALIDATION",
      "reason",
    );
  });

  it("dates out of order: decided before the đơn, quyết định before the approval, lễ before the quyết định, a future đơn", async () => {
    const id = await submit({ fullName: "Hà Văn Ngày" });
    await refused(() => approve(id, `${Y}-09-01`), "VALIDATION", "decidedOn");
    expect(await approve(id)).toMatchObject({ ok: true });
    await refused(
      () => issueAdmissionDecisionAction({ number: number(), decidedOn: `${Y}-09-19`, applicationIds: [id] }),
      "VALIDATION",
      "decidedOn",
    );
    const dec = (await issueAdmissionDecisionAction({
      number: number(),
      decidedOn: `${Y}-09-21`,
      applicationIds: [id],
    })) as { data: { id: string } };
    await refused(
      () => recordAdmissionCeremonyAction({ admissionId: dec.data.id, ceremonyOn: `${Y}-09-20` }),
      "VALIDATION",
      "ceremonyOn",
    );
    const tomorrow = new Date(Date.parse(`${TEST_TODAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await refused(() => submitApplicationAction(form({ appliedOn: tomorrow })), "VALIDATION", "appliedOn");
    // The lễ is recorded once.
    expect(
      await recordAdmissionCeremonyAction({ admissionId: dec.data.id, ceremonyOn: `${Y}-09-30` }),
    ).toMatchObject({ ok: true });
    await refused(
      () => recordAdmissionCeremonyAction({ admissionId: dec.data.id, ceremonyOn: `${Y}-10-01` }),
      "VALIDATION",
      "ceremonyOn",
    );
  });

  it("a quyết định number is used once; another unit's đơn is not found", async () => {
    const a = await submit({ fullName: "Mai Văn Số" });
    const b = await submit({ fullName: "Mai Thị Số" });
    await approve(a);
    await approve(b);
    const n = number();
    expect(
      await issueAdmissionDecisionAction({ number: n, decidedOn: `${Y}-09-21`, applicationIds: [a] }),
    ).toMatchObject({ ok: true });
    await refused(
      () => issueAdmissionDecisionAction({ number: n, decidedOn: `${Y}-09-21`, applicationIds: [b] }),
      "VALIDATION",
      "number",
    );
    actAs(w.people.chairOfOtherUnit.user.id);
    await refused(() => approve(b), "NOT_FOUND");
    actAs(w.people.chair.user.id);
  });
});

describe("card requests", () => {
  it("requested → sent → received puts the new number on the member; one open request per member", async () => {
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, cardNumber: null });
    const r = (await requestCardAction({
      memberId: m.id,
      kind: "NEW",
      requestedOn: `${Y}-10-03`,
      reason: "",
    })) as { ok: boolean; data: { id: string } };
    expect(r).toMatchObject({ ok: true });
    await refused(
      () => requestCardAction({ memberId: m.id, kind: "LOST", requestedOn: `${Y}-10-04`, reason: "" }),
      "VALIDATION",
      "memberId",
    );
    await refused(
      () =>
        advanceCardRequestAction({ id: r.data.id, to: "RECEIVED", on: `${Y}-10-05`, cardNumber: "CD-9001" }),
      "VALIDATION",
      "to",
    );
    expect(await advanceCardRequestAction({ id: r.data.id, to: "SENT", on: `${Y}-10-05` })).toMatchObject({
      ok: true,
    });
    await refused(
      () =>
        advanceCardRequestAction({ id: r.data.id, to: "RECEIVED", on: `${Y}-10-04`, cardNumber: "CD-9001" }),
      "VALIDATION",
      "on",
    );
    const num = `CD${Math.floor(Math.random() * 1e8)}`;
    expect(
      await advanceCardRequestAction({ id: r.data.id, to: "RECEIVED", on: `${Y}-11-05`, cardNumber: num }),
    ).toMatchObject({ ok: true });
    expect((await db.member.findUniqueOrThrow({ where: { id: m.id } })).cardNumber).toBe(num);
    expect(await db.cardRequest.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({
      status: "RECEIVED",
      cardNumber: num,
    });
  });
});
