// Who may run each server action of the app, keyed "<lib folder>.<export>". action-matrix.test.ts
// discovers every lib/*/actions.ts, fails when an export has no row here (or in NOT_COVERED), and
// runs every cell. Each feature keeps its rows in matrix-<domain>.ts. docs/security.md is the same
// table for people: keep the two in step.
import { db } from "@/lib/db";
import { editForm, newMemberForm } from "./forms";
import { ANNUAL_REPORT_MATRIX, ANNUAL_REPORT_NOT_COVERED } from "./matrix-annual-report";
import { COLLECTIVE_RATING_MATRIX, COLLECTIVE_RATING_NOT_COVERED } from "./matrix-collective-rating";
import { DUES_MATRIX, DUES_NOT_COVERED } from "./matrix-dues";
import { EMULATION_MATRIX, EMULATION_NOT_COVERED } from "./matrix-emulation";
import { FUND_MATRIX, FUND_NOT_COVERED } from "./matrix-fund";
import { GROUP_REVIEW_MATRIX, GROUP_REVIEW_NOT_COVERED } from "./matrix-group-review";
import { INSPECTIONS_MATRIX, INSPECTIONS_NOT_COVERED } from "./matrix-inspections";
import {
  BCH,
  CHAIR,
  FOUNDATION_NOT_COVERED,
  inUnit,
  next,
  phone,
  row,
  SELF,
  tag,
  type MatrixRow,
} from "./matrix-kit";
import { MEETINGS_MATRIX, MEETINGS_NOT_COVERED } from "./matrix-meetings";
import { MEMBERSHIP_MATRIX, MEMBERSHIP_NOT_COVERED } from "./matrix-membership";
import { NOTIFICATIONS_MATRIX, NOTIFICATIONS_NOT_COVERED } from "./matrix-notifications";
import { ORG_MATRIX, ORG_NOT_COVERED } from "./matrix-org";
import { ORG_APPRAISAL_MATRIX } from "./matrix-org-appraisal";
import { PROGRAMME_MATRIX, PROGRAMME_NOT_COVERED } from "./matrix-programme";
import { RATING_MATRIX, RATING_NOT_COVERED } from "./matrix-rating";
import { SUBMISSIONS_MATRIX, SUBMISSIONS_NOT_COVERED } from "./matrix-submissions";
import { TITLE_AWARDS_MATRIX, TITLE_AWARDS_NOT_COVERED } from "./matrix-title-awards";
import { TRUST_MATRIX, TRUST_NOT_COVERED } from "./matrix-trust";
import { WELFARE_MATRIX, WELFARE_NOT_COVERED } from "./matrix-welfare";
import { PASSWORD, type World } from "./world";
import { makeGroup, makePosition } from "../../factories/records";

export type { Expected, MatrixRow, Scope } from "./matrix-kit";

export const NOT_COVERED: Record<string, string> = {
  ...FOUNDATION_NOT_COVERED,
  ...MEETINGS_NOT_COVERED,
  ...WELFARE_NOT_COVERED,
  ...DUES_NOT_COVERED,
  ...EMULATION_NOT_COVERED,
  ...RATING_NOT_COVERED,
  ...GROUP_REVIEW_NOT_COVERED,
  ...COLLECTIVE_RATING_NOT_COVERED,
  ...TITLE_AWARDS_NOT_COVERED,
  ...TRUST_NOT_COVERED,
  ...NOTIFICATIONS_NOT_COVERED,
  ...FUND_NOT_COVERED,
  ...INSPECTIONS_NOT_COVERED,
  ...MEMBERSHIP_NOT_COVERED,
  ...ORG_NOT_COVERED,
  ...ANNUAL_REPORT_NOT_COVERED,
  ...PROGRAMME_NOT_COVERED,
  ...SUBMISSIONS_NOT_COVERED,
};

const accountFor = async (w: World) => {
  const m = await inUnit(w);
  return db.user.create({
    data: { unitId: w.unit.id, email: `tk-${tag()}@test.vn`, passwordHash: "not-a-hash", memberId: m.id },
  });
};

const FOUNDATION_MATRIX: Record<string, MatrixRow> = {
  "members.createMemberAction": row({
    scope: "unit",
    input: (_, w) => newMemberForm(w.groupA.id, { fullName: "Lê Thị Kết Nạp" }),
    // This unit's tổ is not one of theirs: a field error on groupId.
    expected: { ...BCH, chairOfOtherUnit: "VALIDATION" },
  }),
  "members.updateMemberAction": row({
    scope: "unit",
    prepare: inUnit,
    input: (m) => ({ id: m.id, version: m.version, values: editForm(m, { phone: phone() }) }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "members.changeMemberStatusAction": row({
    scope: "unit",
    prepare: inUnit,
    input: (m) => ({
      memberId: m.id,
      event: "SUSPENDED",
      effectiveOn: "2026-03-01",
      reason: "Nghỉ không lương",
    }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "members.updateOwnContactAction": row({
    scope: "own record",
    prepare: inUnit,
    // A forged id must not redirect the edit: the session decides whose record it is.
    input: (m) => ({ phone: phone(), email: "", id: m.id, memberId: m.id }),
    expected: { ...SELF, chairOfOtherUnit: "ok" },
  }),

  "groups.createGroupAction": row({
    scope: "unit",
    input: () => ({ name: `Tổ Sinh – Hóa ${tag()}` }),
    expected: { ...BCH, chairOfOtherUnit: "ok" },
  }),
  "groups.renameGroupAction": row({
    scope: "unit",
    prepare: (w) => makeGroup(db, w.unit.id),
    input: (g) => ({ id: g.id, name: `Tổ Ngoại ngữ ${tag()}` }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "groups.archiveGroupAction": row({
    scope: "unit",
    prepare: (w) => makeGroup(db, w.unit.id),
    input: (g) => ({ id: g.id }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "groups.restoreGroupAction": row({
    scope: "unit",
    prepare: async (w) =>
      db.group.update({
        where: { id: (await makeGroup(db, w.unit.id)).id },
        data: { archivedAt: new Date("2026-01-05T03:00:00Z") },
      }),
    input: (g) => ({ id: g.id }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "groups.moveMembersAction": row({
    scope: "unit",
    prepare: async (w) => [await inUnit(w), await inUnit(w)],
    input: (ms, w) => ({
      memberIds: ms.map((m) => m.id),
      toGroupId: w.groupB.id,
      effectiveOn: "2026-06-01",
      reason: "",
    }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),

  "terms.createTermAction": row({
    scope: "unit",
    // One year each, before the world's 2020–2099 term, so that no two cells overlap.
    prepare: async () => 1800 + next(),
    input: (y) => ({ name: `Nhiệm kỳ ${y}`, startOn: `${y}-01-01`, endOn: `${y}-12-31` }),
    expected: { ...BCH, chairOfOtherUnit: "ok" },
  }),
  "terms.assignPositionAction": row({
    scope: "unit",
    prepare: inUnit,
    input: (m, w) => ({
      termId: w.term.id,
      memberId: m.id,
      office: "BCH_MEMBER",
      groupId: "",
      startOn: "2024-01-01",
      decisionRef: "",
    }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "terms.endPositionAction": row({
    scope: "unit",
    prepare: async (w) =>
      makePosition(db, {
        termId: w.term.id,
        memberId: (await inUnit(w)).id,
        office: "BCH_MEMBER",
        startOn: "2024-01-01",
      }),
    input: (p) => ({ positionId: p.id, endOn: "2025-06-30" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),

  "settings.updateUnitInfoAction": row({
    scope: "unit",
    input: () => ({
      name: `Công đoàn Trường THCS ${tag()}`,
      parentName: "Công đoàn Giáo dục tỉnh Quảng Nam",
      placeName: "Tam Kỳ",
    }),
    expected: { ...CHAIR, chairOfOtherUnit: "ok" },
  }),
  "settings.addSettingValueAction": row({
    scope: "unit",
    prepare: async () => new Date(Date.UTC(2030, 0, next())).toISOString().slice(0, 10),
    input: (effectiveFrom) => ({ key: "meeting.frequency", value: "quarterly", effectiveFrom, note: "" }),
    expected: { ...CHAIR, chairOfOtherUnit: "ok" },
  }),

  "settings.accounts.createAccountAction": row({
    scope: "unit",
    prepare: inUnit,
    input: (m) => ({ memberId: m.id, email: `moi-${tag()}@test.vn`, password: "tam12345" }),
    // Not a member of their unit: a field error on memberId.
    expected: { ...CHAIR, chairOfOtherUnit: "VALIDATION" },
  }),
  "settings.accounts.setAccountActiveAction": row({
    scope: "unit",
    prepare: accountFor,
    input: (u) => ({ userId: u.id, active: false }),
    expected: { ...CHAIR, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "settings.accounts.resetAccountPasswordAction": row({
    scope: "unit",
    prepare: accountFor,
    input: (u) => ({ userId: u.id, password: "moi12345" }),
    expected: { ...CHAIR, chairOfOtherUnit: "NOT_FOUND" },
  }),

  "auth.changePasswordAction": row({
    scope: "own record",
    input: () => ({
      currentPassword: PASSWORD,
      newPassword: "MatKhauMoi2027",
      confirmPassword: "MatKhauMoi2027",
    }),
    // Every account changes its own password, a cấp trên's too.
    expected: { ...SELF, chairOfOtherUnit: "ok", upperChair: "ok" },
  }),
};

export const ACTION_MATRIX: Record<string, MatrixRow> = {
  ...FOUNDATION_MATRIX,
  ...MEETINGS_MATRIX,
  ...WELFARE_MATRIX,
  ...DUES_MATRIX,
  ...FUND_MATRIX,
  ...EMULATION_MATRIX,
  ...RATING_MATRIX,
  ...GROUP_REVIEW_MATRIX,
  ...COLLECTIVE_RATING_MATRIX,
  ...TITLE_AWARDS_MATRIX,
  ...TRUST_MATRIX,
  ...NOTIFICATIONS_MATRIX,
  ...INSPECTIONS_MATRIX,
  ...MEMBERSHIP_MATRIX,
  ...ORG_MATRIX,
  ...ORG_APPRAISAL_MATRIX,
  ...ANNUAL_REPORT_MATRIX,
  ...PROGRAMME_MATRIX,
  ...SUBMISSIONS_MATRIX,
};
