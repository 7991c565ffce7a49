// Who may run each member action, and what an allowed run must have done.
// members-permissions.test.ts runs every cell; it also fails when lib/members/actions.ts
// exports an action that has no row here.
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { ActionResult, ErrorCode } from "@/lib/errors";
import type { Member } from "@/lib/generated/prisma/client";
import {
  changeMemberStatusAction,
  createMemberAction,
  updateMemberAction,
  updateOwnContactAction,
} from "@/lib/members/actions";
import type * as actions from "@/lib/members/actions";
import { editForm, newMemberForm } from "./forms";
import type { RoleKey, World } from "./world";

export type Expected = "ok" | ErrorCode;
export type Cell = { w: World; role: RoleKey; target: Member; phone: string };
type Spec = {
  run: (c: Cell) => Promise<ActionResult<unknown>>;
  /** Assertions on the database after an allowed run. */
  applied: (c: Cell, data: unknown) => Promise<void>;
  expected: Record<RoleKey, Expected>;
};

// members.write: BCH (ủy viên, phó chủ tịch, chủ tịch) only, and only in their own unit.
const WRITERS: Omit<Record<RoleKey, Expected>, "chairOfOtherUnit"> = {
  anonymous: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  leaderSameGroup: "FORBIDDEN",
  leaderOtherGroup: "FORBIDDEN",
  ubkt: "FORBIDDEN",
  bchMember: "ok",
  viceChair: "ok",
  chair: "ok",
  // The cấp trên holds no CĐCS permission (decision 0083).
  upperChair: "FORBIDDEN",
};

export const MEMBER_ACTION_MATRIX = {
  createMemberAction: {
    run: ({ w }) => createMemberAction(newMemberForm(w.groupA.id, { fullName: "Lê Thị Kết Nạp" })),
    applied: async ({ w }, data) => {
      const id = (data as { id: string }).id;
      const m = await db.member.findUniqueOrThrow({
        where: { id },
        include: { events: true, memberships: true },
      });
      expect(m).toMatchObject({
        unitId: w.unit.id,
        groupId: w.groupA.id,
        fullName: "Lê Thị Kết Nạp",
        status: "ACTIVE",
      });
      expect(m.events.map((e) => e.type)).toEqual(["ADMITTED"]);
      expect(m.memberships).toHaveLength(1);
      expect(m.memberships[0]).toMatchObject({ groupId: w.groupA.id, endOn: null });
    },
    // The other unit's chair names a tổ that is not in their unit.
    expected: { ...WRITERS, chairOfOtherUnit: "VALIDATION" },
  },
  updateMemberAction: {
    run: ({ target, phone }) =>
      updateMemberAction({ id: target.id, version: target.version, values: editForm(target, { phone }) }),
    applied: async ({ target, phone }) => {
      const m = await db.member.findUniqueOrThrow({ where: { id: target.id } });
      expect(m.phone).toBe(phone);
      expect(m.fullName).toBe(target.fullName);
    },
    expected: { ...WRITERS, chairOfOtherUnit: "NOT_FOUND" },
  },
  changeMemberStatusAction: {
    run: ({ target }) =>
      changeMemberStatusAction({
        memberId: target.id,
        event: "SUSPENDED",
        effectiveOn: "2026-03-01",
        reason: "Nghỉ không lương",
      }),
    applied: async ({ target }) => {
      const m = await db.member.findUniqueOrThrow({
        where: { id: target.id },
        include: { events: { orderBy: { createdAt: "asc" } } },
      });
      expect(m.status).toBe("SUSPENDED");
      expect(m.events.map((e) => e.type)).toEqual(["ADMITTED", "SUSPENDED"]);
    },
    expected: { ...WRITERS, chairOfOtherUnit: "NOT_FOUND" },
  },
  updateOwnContactAction: {
    // A forged id in the payload must not redirect the edit to someone else.
    run: ({ target, phone }) =>
      updateOwnContactAction({ phone, email: "", id: target.id, memberId: target.id }),
    applied: async ({ w, role, target, phone }) => {
      const own = await db.member.findUniqueOrThrow({ where: { id: w.memberIdOf(role)! } });
      expect(own.phone).toBe(phone);
      const other = await db.member.findUniqueOrThrow({ where: { id: target.id } });
      expect(other).toEqual(target);
    },
    // Every signed-in member edits their own contact details, whatever their office.
    expected: {
      anonymous: "UNAUTHENTICATED",
      member: "ok",
      leaderSameGroup: "ok",
      leaderOtherGroup: "ok",
      ubkt: "ok",
      bchMember: "ok",
      viceChair: "ok",
      chair: "ok",
      chairOfOtherUnit: "ok",
      // An account of a cấp trên has no member record to edit.
      upperChair: "FORBIDDEN",
    },
  },
} satisfies Record<keyof typeof actions, Spec>;

export type ActionName = keyof typeof MEMBER_ACTION_MATRIX;
