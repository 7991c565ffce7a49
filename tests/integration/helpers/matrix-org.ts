// The cấp trên's rows of the action matrix (see action-matrix.ts and matrix-kit.ts; decision
// 0083): only the cấp trên creates a CĐCS under it and invites its first chủ tịch; no
// CĐCS role holds org.*, not even the chủ tịch of the unit below it.
import { db } from "@/lib/db";
import { row, UPPER, tag, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";

/** A fresh CĐCS under the world's cấp trên, without a chủ tịch yet. */
export const grassrootsUnder = async (w: World) =>
  db.unit.create({
    data: {
      name: `Công đoàn Trường THCS ${tag()}`,
      parentName: w.upper.name,
      placeName: "Đà Nẵng",
      kind: "GRASSROOTS",
      parentId: w.upper.id,
    },
  });

export const ORG_MATRIX: Record<string, MatrixRow> = {
  "org.createGrassrootsUnitAction": row({
    scope: "unit",
    permission: "org.manage",
    input: () => ({
      name: `Công đoàn Trường THPT Phan Châu Trinh ${tag()}`,
      unitType: "hcsn",
      cycle: "school",
      placeName: "Đà Nẵng",
    }),
    expected: UPPER,
  }),
  "org.inviteChairAction": row({
    scope: "unit",
    permission: "org.invite",
    prepare: grassrootsUnder,
    input: (u) => ({
      unitId: u.id,
      fullName: "Nguyễn Thị Hoài Thương",
      gender: "FEMALE",
      email: `chutich-${tag()}@test.vn`,
    }),
    expected: UPPER,
  }),
  "org.resendChairInviteAction": row({
    scope: "unit",
    permission: "org.invite",
    // A CĐCS whose chủ tịch was invited and let the link expire unused.
    prepare: async (w) => {
      const u = await grassrootsUnder(w);
      const user = await db.user.create({
        data: { unitId: u.id, email: `hethan-${tag()}@test.vn`, passwordHash: "x" },
        select: { id: true },
      });
      await db.userInvite.create({
        data: {
          userId: user.id,
          unitId: u.id,
          tokenHash: `expired-${tag()}`,
          expiresAt: new Date("2000-01-01T00:00:00Z"),
        },
      });
      return u;
    },
    input: (u) => ({ unitId: u.id }),
    expected: UPPER,
  }),
};

export const ORG_NOT_COVERED: Record<string, string> = {
  "auth.acceptInvite":
    "Opens the session (next-auth's signIn), so it cannot run here; the invite link is its credential. Its rules (single use, expiry, audit) are in org-onboarding.test.ts through redeemInvite, end to end in tests/e2e/org-onboarding.spec.ts.",
};
