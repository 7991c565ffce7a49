// The membership papers' rows of the action matrix (see action-matrix.ts and matrix-kit.ts): đơn
// gia nhập, the BCH's decision, quyết định kết nạp, lễ kết nạp, card requests. members.write:
// ủy viên BCH, phó chủ tịch, chủ tịch of this unit; another unit's chair finds none of it.
import { db } from "@/lib/db";
import { BCH, inUnit, row, tag, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function application(w: World, status: "SUBMITTED" | "APPROVED" | "DECIDED", admissionId?: string) {
  return db.membershipApplication.create({
    data: {
      unitId: w.unit.id,
      fullName: `Đỗ Thị Đơn ${tag()}`,
      gender: "FEMALE",
      groupId: w.groupA.id,
      appliedOn: day("2026-02-01"),
      status,
      decidedOn: status === "SUBMITTED" ? null : day("2026-02-10"),
      decisionRef: status === "SUBMITTED" ? null : "Họp BCH tháng 2",
      admissionId,
    },
  });
}

async function decided(w: World) {
  const d = await db.admissionDecision.create({
    data: { unitId: w.unit.id, number: `${tag()}/QĐ-CĐCS`, decidedOn: day("2026-02-12") },
  });
  await application(w, "DECIDED", d.id);
  return d;
}

export const MEMBERSHIP_MATRIX: Record<string, MatrixRow> = {
  "members.applications.submitApplicationAction": row({
    scope: "unit",
    input: (_, w) => ({
      fullName: "Nguyễn Thị Làm Đơn",
      gender: "FEMALE",
      dateOfBirth: "1998-04-02",
      phone: "",
      email: "",
      jobTitle: "Giáo viên",
      department: "",
      groupId: w.groupA.id,
      appliedOn: "2026-02-01",
      introducedBy: "",
    }),
    // This unit's tổ is not one of theirs: a field error on groupId.
    expected: { ...BCH, chairOfOtherUnit: "VALIDATION" },
  }),
  "members.applications.decideApplicationAction": row({
    scope: "unit",
    prepare: (w) => application(w, "SUBMITTED"),
    input: (a) => ({
      id: a.id,
      outcome: "approve",
      decidedOn: "2026-02-10",
      decisionRef: "Họp BCH",
      reason: "",
    }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "members.applications.withdrawApplicationAction": row({
    scope: "unit",
    prepare: (w) => application(w, "SUBMITTED"),
    input: (a) => ({ id: a.id, withdrawnOn: "2026-02-05", reason: "Chuyển công tác" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "members.applications.issueAdmissionDecisionAction": row({
    scope: "unit",
    prepare: (w) => application(w, "APPROVED"),
    input: (a) => ({ number: `${tag()}/QĐ-CĐCS`, decidedOn: "2026-02-12", applicationIds: [a.id] }),
    // Another unit's đơn is not theirs to name: a field error on applicationIds.
    expected: { ...BCH, chairOfOtherUnit: "VALIDATION" },
  }),
  "members.applications.recordAdmissionCeremonyAction": row({
    scope: "unit",
    prepare: decided,
    input: (d) => ({ admissionId: d.id, ceremonyOn: "2026-02-20" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "members.cards.requestCardAction": row({
    scope: "unit",
    prepare: (w) => inUnit(w),
    input: (m) => ({ memberId: m.id, kind: "REPLACE", requestedOn: "2026-03-01", reason: "Thẻ cũ hỏng" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "members.cards.advanceCardRequestAction": row({
    scope: "unit",
    prepare: async (w) => {
      const m = await inUnit(w);
      return db.cardRequest.create({
        data: { unitId: w.unit.id, memberId: m.id, kind: "NEW", requestedOn: day("2026-03-01") },
      });
    },
    input: (r) => ({ id: r.id, to: "SENT", on: "2026-03-05" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
};

export const MEMBERSHIP_NOT_COVERED: Record<string, string> = {};
