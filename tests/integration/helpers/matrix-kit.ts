// The building blocks of the action matrix, shared by every domain's rows
// (action-matrix.ts and matrix-<domain>.ts).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { ErrorCode } from "@/lib/errors";
import type { RoleKey, World } from "./world";
import { makeMember } from "../../factories/records";

export type Expected = "ok" | ErrorCode;
/** Which records an allowed actor reaches: their own, their tổ's, or their whole unit's. */
export type Scope = "own record" | "own tổ" | "unit";

export type Row<F> = {
  scope: Scope;
  /** The permission the action checks, printed in docs/security.md (optional; the cells are what is tested). */
  permission?: string;
  /** Fresh records for one cell, made before the "before" snapshot so that cells never share state. */
  prepare?: (w: World) => Promise<F>;
  /** A payload an allowed actor succeeds with. */
  input: (f: F, w: World) => unknown;
  expected: Record<RoleKey, Expected>;
  /** A read (e.g. a form's live preview): an allowed call must change nothing and write no audit row. */
  readOnly?: boolean;
};
export type MatrixRow = Row<unknown>;
export const row = <F>(r: Row<F>) => r as MatrixRow;

/** Not run here, with the reason and where they are covered instead. */
export const FOUNDATION_NOT_COVERED: Record<string, string> = {
  "auth.login":
    "Needs next-auth's signIn runtime (credentials callback, cookies, redirect). Covered end to end in tests/e2e/login.spec.ts; the rate limit behind it in auth-rate-limit.test.ts.",
  "auth.logout":
    "Needs next-auth's signOut runtime (cookies, redirect). Covered end to end in tests/e2e/login.spec.ts.",
};

export const tag = () => randomUUID().slice(0, 8);
let seq = 0;
export const next = () => ++seq;
export const phone = () => `09${String(20_000_000 + process.pid * 1000 + next()).slice(-8)}`;

export const NOBODY: Omit<Record<RoleKey, Expected>, "chairOfOtherUnit"> = {
  anonymous: "UNAUTHENTICATED",
  member: "FORBIDDEN",
  leaderSameGroup: "FORBIDDEN",
  leaderOtherGroup: "FORBIDDEN",
  ubkt: "FORBIDDEN",
  bchMember: "FORBIDDEN",
  viceChair: "FORBIDDEN",
  chair: "FORBIDDEN",
  // The cấp trên holds no CĐCS permission (decision 0083).
  upperChair: "FORBIDDEN",
};
/** members.write, groups.write, positions.write: ủy viên BCH, phó chủ tịch, chủ tịch. */
export const BCH = { ...NOBODY, bchMember: "ok", viceChair: "ok", chair: "ok" } as const;
/** org.*: the cấp trên's leaders only; every CĐCS role, the other unit's chủ tịch too, is refused. */
export const UPPER = { ...NOBODY, chairOfOtherUnit: "FORBIDDEN", upperChair: "ok" } as const;
/** settings.write, accounts.manage: the chủ tịch only. */
export const CHAIR = { ...NOBODY, chair: "ok" } as const;
/** Something about oneself: every signed-in member. */
export const SELF = {
  ...NOBODY,
  member: "ok",
  leaderSameGroup: "ok",
  leaderOtherGroup: "ok",
  ubkt: "ok",
  bchMember: "ok",
  viceChair: "ok",
  chair: "ok",
} as const;

// The chair of another unit (last column) has the same permissions over none of this unit's
// records. Actions that act on "my unit" succeed for them in their own unit, and the cell checks
// that this unit is untouched; actions on a record of this unit find nothing.
export const inUnit = (w: World, groupId = w.groupA.id) => makeMember(db, { unitId: w.unit.id, groupId });
