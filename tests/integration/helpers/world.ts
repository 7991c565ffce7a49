// A fresh unit per test file, with one signed-in user for each role the
// authorization tests care about. Everything is real rows in PostgreSQL.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { PositionRole } from "@/lib/generated/prisma/client";
import { makeGroup, makeMember, makePosition, makeTerm, makeUnit, makeUser } from "../../factories/records";

export const ROLE_KEYS = [
  "anonymous",
  "member",
  "leaderSameGroup",
  "leaderOtherGroup",
  "ubkt",
  "bchMember",
  "viceChair",
  "chair",
  "chairOfOtherUnit",
  // The chủ tịch of this unit's cấp trên (decision 0083): no CĐCS permission at all.
  "upperChair",
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export const PASSWORD = "Test@2026";
const tag = () => randomUUID().slice(0, 8);

/** A member of the tổ with a sign-in account and, optionally, a position held since 2020. */
export async function makePerson(
  unitId: string,
  groupId: string,
  opts: { termId?: string; role?: PositionRole; ledGroupId?: string; label?: string } = {},
) {
  const member = await makeMember(db, { unitId, groupId });
  const user = await makeUser(db, {
    unitId,
    email: `${opts.label ?? "dv"}-${tag()}@test.vn`,
    password: PASSWORD,
    memberId: member.id,
  });
  if (opts.role && opts.termId) {
    await makePosition(db, {
      termId: opts.termId,
      memberId: member.id,
      office: opts.role,
      groupId: opts.ledGroupId,
      startOn: "2020-01-01",
    });
  }
  return { member, user };
}

export async function buildWorld() {
  const unit = await makeUnit(db);
  const groupA = await makeGroup(db, unit.id, `Tổ Toán – Tin ${tag()}`);
  const groupB = await makeGroup(db, unit.id, `Tổ Ngữ văn ${tag()}`);
  const term = await makeTerm(db, unit.id, "Nhiệm kỳ 2020–2099", "2020-01-01", "2099-12-31");
  const t = term.id;

  const member = await makePerson(unit.id, groupA.id, { label: "doanvien" });
  const leaderSameGroup = await makePerson(unit.id, groupA.id, {
    termId: t,
    role: "GROUP_LEADER",
    ledGroupId: groupA.id,
    label: "totruong-a",
  });
  const leaderOtherGroup = await makePerson(unit.id, groupB.id, {
    termId: t,
    role: "GROUP_LEADER",
    ledGroupId: groupB.id,
    label: "totruong-b",
  });
  const ubkt = await makePerson(unit.id, groupB.id, { termId: t, role: "UBKT_MEMBER", label: "ubkt" });
  const bchMember = await makePerson(unit.id, groupB.id, { termId: t, role: "BCH_MEMBER", label: "uyvien" });
  const viceChair = await makePerson(unit.id, groupB.id, {
    termId: t,
    role: "VICE_CHAIR",
    label: "phochutich",
  });
  const chair = await makePerson(unit.id, groupB.id, { termId: t, role: "CHAIR", label: "chutich" });

  // The chair of a different unit: the same permissions, none of them over this unit.
  const otherUnit = await makeUnit(db);
  const otherGroup = await makeGroup(db, otherUnit.id);
  const otherTerm = await makeTerm(db, otherUnit.id, "Nhiệm kỳ 2020–2099", "2020-01-01", "2099-12-31");
  const chairOfOtherUnit = await makePerson(otherUnit.id, otherGroup.id, {
    termId: otherTerm.id,
    role: "CHAIR",
    label: "chutich-khac",
  });

  // This unit's cấp trên, with its chủ tịch's account: an account without a member record.
  const upper = await makeUnit(db, { name: `Công đoàn Giáo dục thành phố ${tag()}` });
  await db.unit.update({ where: { id: upper.id }, data: { kind: "UPPER" } });
  await db.unit.update({ where: { id: unit.id }, data: { parentId: upper.id } });
  const upperUser = await makeUser(db, {
    unitId: upper.id,
    email: `captren-${tag()}@test.vn`,
    password: PASSWORD,
  });
  await db.user.update({ where: { id: upperUser.id }, data: { upperOffice: "CHAIR" } });

  const people = {
    member,
    leaderSameGroup,
    leaderOtherGroup,
    ubkt,
    bchMember,
    viceChair,
    chair,
    chairOfOtherUnit,
  };
  const userIdOf = (role: RoleKey): string | null =>
    role === "anonymous" ? null : role === "upperChair" ? upperUser.id : people[role].user.id;
  const memberIdOf = (role: RoleKey): string | null =>
    role === "anonymous" || role === "upperChair" ? null : people[role].member.id;

  return {
    unit,
    groupA,
    groupB,
    term,
    otherUnit,
    otherGroup,
    upper,
    upperUser,
    people,
    userIdOf,
    memberIdOf,
    unitIds: [unit.id, otherUnit.id],
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;
