// Emulation rules against real PostgreSQL: scope, deadline and late allowance, returned → resubmit,
// the women-only title on the server, scores above the maximum, another tổ's tổ trưởng, bulk approval.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  decideRegistrationsAction,
  forwardRegistrationsAction,
  returnSelfAssessmentAction,
  saveOwnRegistrationAction,
  saveSelfAssessmentAction,
  allowLateRegistrationAction,
} from "@/lib/emulation/actions";
import { getAssessmentView } from "@/lib/emulation/queries/assessments";
import {
  findApprovedRegistrations,
  getGroupRoster,
  getOwnRegistration,
  mayBeProposed,
} from "@/lib/emulation/queries/registrations";
import { assessed, ensureCatalogue, ensureYear, registered, scoresFor } from "./helpers/emulation-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let cat: Awaited<ReturnType<typeof ensureCatalogue>>;
let year: Awaited<ReturnType<typeof ensureYear>>;
const programme = [
  { kind: "TASK" as const, content: "Hoàn thành hồ sơ chuyên môn đúng hạn", target: "100%" },
];
const form = (over: Record<string, unknown> = {}) => ({
  yearId: year.id,
  titleIds: [cat.title("Lao động tiên tiến").id],
  movementIds: [],
  commitments: programme,
  intent: "submit",
  ...over,
});

beforeAll(async () => {
  w = await buildWorld();
  cat = await ensureCatalogue(w.unit.id);
  year = await ensureYear(w.unit.id);
});

describe("registration", () => {
  it("a member registers, is returned with a reason, fixes it and resubmits", async () => {
    actAs(w.people.member.user.id);
    expect(await saveOwnRegistrationAction(form())).toMatchObject({ ok: true, data: { state: "SUBMITTED" } });
    expect(await saveOwnRegistrationAction(form())).toMatchObject({ ok: false, code: "CONFLICT" });
    const reg = await db.emulationRegistration.findFirstOrThrow({
      where: { yearId: year.id, memberId: w.people.member.member.id },
    });
    actAs(w.people.chair.user.id);
    expect(
      await decideRegistrationsAction({
        yearId: year.id,
        registrationIds: [reg.id],
        decision: "RETURN",
        reason: "",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    expect(
      await decideRegistrationsAction({
        yearId: year.id,
        registrationIds: [reg.id],
        decision: "RETURN",
        reason: "Thiếu chỉ tiêu đo được",
      }),
    ).toMatchObject({ ok: true });
    actAs(w.people.member.user.id);
    expect(
      await saveOwnRegistrationAction(form({ commitments: [{ ...programme[0], target: "100% hồ sơ" }] })),
    ).toMatchObject({ ok: true, data: { state: "SUBMITTED" } });
    actAs(w.people.chair.user.id);
    expect(
      await decideRegistrationsAction({ yearId: year.id, registrationIds: [reg.id], decision: "APPROVE" }),
    ).toMatchObject({ ok: true });
    const after = await db.emulationRegistration.findUniqueOrThrow({
      where: { id: reg.id },
      include: { commitments: true },
    });
    expect(after.state).toBe("APPROVED");
    expect(after.commitments.map((c) => c.target)).toEqual(["100% hồ sơ"]);
    expect(
      await mayBeProposed(
        year.id,
        { memberId: w.people.member.member.id },
        cat.title("Lao động tiên tiến").id,
      ),
    ).toBe(true);
    const audit = await db.auditLog.findMany({ where: { entityId: reg.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "emulation.registration.submit",
      "emulation.registration.return",
      "emulation.registration.submit",
      "emulation.registration.approve",
    ]);
  });

  it("refuses the women-only title and movement to a man, on the server", async () => {
    actAs(w.people.leaderOtherGroup.user.id);
    await db.member.update({ where: { id: w.people.leaderOtherGroup.member.id }, data: { gender: "MALE" } });
    const r = await saveOwnRegistrationAction(
      form({ titleIds: [cat.title("Giỏi việc nước, đảm việc nhà").id] }),
    );
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { titleIds: expect.stringContaining("chỉ dành cho nữ") },
    });
    const m = await saveOwnRegistrationAction(
      form({ titleIds: [], movementIds: [cat.movement("Giỏi việc nước, đảm việc nhà").id] }),
    );
    expect(m).toMatchObject({
      ok: false,
      fieldErrors: { movementIds: expect.stringContaining("chỉ dành cho nữ") },
    });
    expect(
      await db.emulationRegistration.count({ where: { memberId: w.people.leaderOtherGroup.member.id } }),
    ).toBe(0);
  });

  it("after the deadline a first submission is refused until the BCH allows it, and who allowed it is kept", async () => {
    const late = await ensureYear(w.unit.id, { year: 2025, deadline: "2025-01-25" });
    actAs(w.people.ubkt.user.id);
    expect(await saveOwnRegistrationAction(form({ yearId: late.id }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("quá hạn"),
    });
    expect(await saveOwnRegistrationAction(form({ yearId: late.id, intent: "draft" }))).toMatchObject({
      ok: true,
      data: { state: "DRAFT" },
    });
    actAs(w.people.member.user.id);
    expect(
      await allowLateRegistrationAction({ yearId: late.id, memberId: w.people.ubkt.member.id }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(w.people.bchMember.user.id);
    expect(
      await allowLateRegistrationAction({ yearId: late.id, memberId: w.people.ubkt.member.id }),
    ).toMatchObject({ ok: true });
    actAs(w.people.ubkt.user.id);
    expect(await saveOwnRegistrationAction(form({ yearId: late.id }))).toMatchObject({
      ok: true,
      data: { state: "SUBMITTED" },
    });
    const reg = await db.emulationRegistration.findFirstOrThrow({
      where: { yearId: late.id, memberId: w.people.ubkt.member.id },
    });
    expect(reg.lateAllowedById).toBe(w.people.bchMember.user.id);
    expect(reg.lateAllowedAt).toBeInstanceOf(Date);
  });

  it("the tổ trưởng of another tổ can neither forward nor see the tổ's registrations", async () => {
    const { reg } = await registered(w.unit.id, w.groupA.id, year.id, "SUBMITTED");
    actAs(w.people.leaderOtherGroup.user.id);
    expect(
      await forwardRegistrationsAction({ yearId: year.id, groupId: w.groupA.id, registrationIds: [reg.id] }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Naming their own tổ does not reach a registration of another tổ either.
    expect(
      await forwardRegistrationsAction({ yearId: year.id, groupId: w.groupB.id, registrationIds: [reg.id] }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    const other = (await loadActor(w.people.leaderOtherGroup.user.id))!;
    expect(await getGroupRoster(other, year.id, w.groupA.id)).toBeNull();
    expect((await db.emulationRegistration.findUniqueOrThrow({ where: { id: reg.id } })).state).toBe(
      "SUBMITTED",
    );
    actAs(w.people.leaderSameGroup.user.id);
    expect(
      await forwardRegistrationsAction({ yearId: year.id, groupId: w.groupA.id, registrationIds: [] }),
    ).toMatchObject({ ok: true });
    expect((await db.emulationRegistration.findUniqueOrThrow({ where: { id: reg.id } })).state).toBe(
      "FORWARDED",
    );
  });

  it("a member cannot read another member's registration or self-assessment", async () => {
    const { member } = await assessed(w.unit.id, w.groupA.id, year.id);
    const me = (await loadActor(w.people.member.user.id))!;
    expect(await getAssessmentView(me, year.id, member.id)).toBeNull();
    expect((await getOwnRegistration(me, year.id))?.member?.id).toBe(w.people.member.member.id);
  });

  it("bulk approval of a tổ of 200 runs in one transaction with one audit row each", async () => {
    const g = await db.group.create({
      data: { unitId: w.unit.id, name: `Tổ lớn ${randomUUID().slice(0, 8)}` },
    });
    const regs = await Promise.all(
      Array.from({ length: 200 }, () => registered(w.unit.id, g.id, year.id, "FORWARDED")),
    );
    actAs(w.people.chair.user.id);
    const r = await decideRegistrationsAction({
      yearId: year.id,
      groupId: g.id,
      registrationIds: [],
      decision: "APPROVE",
    });
    // Its speed is the bench's to measure (npm run bench), not a timed test's.
    expect(r).toMatchObject({ ok: true, data: { count: 200 } });
    expect(
      await db.auditLog.count({
        where: { action: "emulation.registration.approve", entityId: { in: regs.map((x) => x.reg.id) } },
      }),
    ).toBe(200);
    expect((await findApprovedRegistrations(w.unit.id, year.id)).length).toBeGreaterThanOrEqual(200);
    // A second run finds nothing pending and changes nothing.
    expect(
      await decideRegistrationsAction({
        yearId: year.id,
        groupId: g.id,
        registrationIds: [],
        decision: "APPROVE",
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("a selection with one registration already decided changes none of them", async () => {
    const a = await registered(w.unit.id, w.groupA.id, year.id, "SUBMITTED");
    const b = await registered(w.unit.id, w.groupA.id, year.id, "APPROVED");
    actAs(w.people.chair.user.id);
    expect(
      await decideRegistrationsAction({
        yearId: year.id,
        registrationIds: [a.reg.id, b.reg.id],
        decision: "RETURN",
        reason: "Thiếu cam kết",
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.emulationRegistration.findUniqueOrThrow({ where: { id: a.reg.id } })).state).toBe(
      "SUBMITTED",
    );
  });
});

describe("self-assessment", () => {
  it("refuses a score above a criterion's maximum next to that field, and stores nothing", async () => {
    actAs(w.people.viceChair.user.id);
    const scores = {
      ...scoresFor(year.criteria),
      [year.criteria[0].id]: String(year.criteria[0].maxPoints + 1),
    };
    const r = await saveSelfAssessmentAction({
      yearId: year.id,
      scores,
      comment: "",
      outcomes: [],
      intent: "draft",
    });
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { [`scores.${year.criteria[0].id}`]: `Tối đa ${year.criteria[0].maxPoints} điểm.` },
    });
    expect(
      await db.emulationSelfAssessment.count({ where: { memberId: w.people.viceChair.member.id } }),
    ).toBe(0);
  });

  it("scores against the registered commitments; total and level computed on the server; returned by the tổ trưởng", async () => {
    const { member, reg } = await registered(w.unit.id, w.groupA.id, year.id, "APPROVED");
    const user = await db.user.create({
      data: {
        unitId: w.unit.id,
        email: `tdg-${randomUUID().slice(0, 8)}@test.vn`,
        passwordHash: "x",
        memberId: member.id,
      },
    });
    actAs(user.id);
    const scores = scoresFor(year.criteria); // max - 1 each: 100 - 8 = 92
    const outcomes = [
      { commitmentId: reg.commitments[0].id, result: "MET", evidence: "Chứng chỉ bồi dưỡng" },
    ];
    expect(
      await saveSelfAssessmentAction({
        yearId: year.id,
        scores,
        comment: "",
        outcomes: [],
        intent: "submit",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { outcomes: expect.any(String) } });
    const r = await saveSelfAssessmentAction({
      yearId: year.id,
      scores,
      comment: "Tốt",
      outcomes,
      intent: "submit",
    });
    expect(r).toMatchObject({
      ok: true,
      data: { state: "SUBMITTED", totalPoints: 92, proposedLevel: "Hoàn thành xuất sắc nhiệm vụ" },
    });
    const a = await db.emulationSelfAssessment.findFirstOrThrow({
      where: { memberId: member.id },
      include: { scores: true, outcomes: true },
    });
    expect(a.scores).toHaveLength(year.criteria.length);
    expect(a.scores.every((s) => s.groupPoints === null)).toBe(true);
    expect(a.outcomes[0]).toMatchObject({ result: "MET", evidence: "Chứng chỉ bồi dưỡng" });
    actAs(w.people.leaderOtherGroup.user.id);
    expect(
      await returnSelfAssessmentAction({ assessmentId: a.id, reason: "Thiếu minh chứng" }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(w.people.leaderSameGroup.user.id);
    expect(
      await returnSelfAssessmentAction({ assessmentId: a.id, reason: "Thiếu minh chứng" }),
    ).toMatchObject({
      ok: true,
    });
    expect((await db.emulationSelfAssessment.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("DRAFT");
  });

  it("is refused outside the window", async () => {
    const closed = await ensureYear(w.unit.id, { year: 2024, opens: "2024-11-01", closes: "2024-11-30" });
    actAs(w.people.bchMember.user.id);
    expect(
      await saveSelfAssessmentAction({
        yearId: closed.id,
        scores: scoresFor(closed.criteria),
        comment: "",
        outcomes: [],
        intent: "draft",
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
