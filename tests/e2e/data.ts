// Fixtures for e2e tests: each test creates the members it needs in the demo unit,
// with a unique name and card number, so tests never depend on each other or on order.
import { randomUUID } from "node:crypto";
import { e2eDb } from "./db";
import { makeMember, type MemberInput } from "../factories/records";

/** A short token unique to this run and call, read from no clock: "3f9e2a7c". */
export function uniqueToken() {
  return randomUUID().replace(/-/g, "").slice(0, 8);
}

/** A Vietnamese-looking name that no other test uses, e.g. "Đào Thị Kiểm Thử k3f9x2a". */
export function uniqueName(prefix = "Đào Thị Kiểm Thử") {
  return `${prefix} ${uniqueToken()}`;
}

/** A card number the form accepts (4–20 letters, digits or dashes) that nobody holds yet. */
export function uniqueCard() {
  return `E2E-${uniqueToken().toUpperCase()}`;
}

export async function demoUnit() {
  return e2eDb().unit.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
}

export async function groupByName(name: string) {
  const unit = await demoUnit();
  return e2eDb().group.findFirstOrThrow({ where: { unitId: unit.id, name } });
}

/** A member created straight in the database, the way the app would. */
export async function createMember(
  groupName: string,
  input: Partial<Omit<MemberInput, "unitId" | "groupId">> = {},
) {
  const group = await groupByName(groupName);
  return makeMember(e2eDb(), {
    unitId: group.unitId,
    groupId: group.id,
    fullName: uniqueName(),
    cardNumber: uniqueCard(),
    phone: "0905000111",
    ...input,
  });
}

/** The seeded member who holds a demo account. */
export async function memberOfAccount(email: string) {
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email }, select: { member: true } });
  return user.member!;
}

/** Names of the current members (đang sinh hoạt or tạm dừng), optionally of one tổ. */
export async function currentMemberNames(groupId?: string) {
  const unit = await demoUnit();
  const rows = await e2eDb().member.findMany({
    where: { unitId: unit.id, status: { in: ["ACTIVE", "SUSPENDED"] }, ...(groupId ? { groupId } : {}) },
    select: { fullName: true },
  });
  return rows.map((r) => r.fullName);
}

/** A member row as stored, for "the database is unchanged" checks (every column, compared as JSON). */
export async function snapshotMember(id: string) {
  const row = await e2eDb().member.findUniqueOrThrow({ where: { id } });
  return JSON.stringify(row);
}
