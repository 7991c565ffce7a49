import { randomUUID } from "node:crypto";
// Factories shared by the demo seed and the tests. Each takes the Prisma client to write with.
import { rng, vietnameseName } from "./names";
import { toSearchText, toSortName } from "../../lib/format";
import type { PrismaClient, PositionRole } from "../../lib/generated/prisma/client";
import {
  createGroupRecord,
  createPositionRecord,
  createTermRecord,
  createUnitRecord,
  createUserRecord,
} from "../../scripts/lib/records";

type Db = PrismaClient;
let counter = 0;
const uid = () => `${randomUUID().slice(0, 8)}${(counter++).toString(36)}`;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function makeUnit(
  db: Db,
  data: Partial<{ name: string; parentName: string; placeName: string }> = {},
) {
  return createUnitRecord(db, {
    name: data.name ?? `Công đoàn thử nghiệm ${uid()}`,
    parentName: data.parentName ?? "Công đoàn Giáo dục tỉnh Quảng Nam",
    placeName: data.placeName ?? "Tam Kỳ",
  });
}

export async function makeGroup(db: Db, unitId: string, name = `Tổ ${uid()}`) {
  return createGroupRecord(db, unitId, name);
}

export type MemberInput = {
  unitId: string;
  groupId: string;
  fullName?: string;
  gender?: "MALE" | "FEMALE";
  dateOfBirth?: string;
  joinedUnionOn?: string;
  cardNumber?: string | null;
  status?: "ACTIVE" | "SUSPENDED" | "TRANSFERRED_OUT" | "LEFT" | "RETIRED" | "EXPELLED";
  jobTitle?: string;
  department?: string;
  phone?: string;
  email?: string;
  isPartyMember?: boolean;
  qualification?: string;
  seed?: number;
};

/** A member with a matching admission event and tổ membership, as the app would create them. */
export async function makeMember(db: Db, input: MemberInput) {
  const r = rng(input.seed ?? Math.floor(Math.random() * 1e9));
  const gender = input.gender ?? (r() < 0.5 ? "MALE" : "FEMALE");
  const fullName = input.fullName ?? vietnameseName(r, gender);
  const joined = day(input.joinedUnionOn ?? "2015-09-01");
  const member = await db.member.create({
    data: {
      unitId: input.unitId,
      groupId: input.groupId,
      fullName,
      searchName: toSearchText(fullName),
      sortName: toSortName(fullName),
      gender,
      dateOfBirth: day(input.dateOfBirth ?? "1985-05-15"),
      joinedUnionOn: joined,
      cardNumber: input.cardNumber === undefined ? `T${uid().toUpperCase()}` : input.cardNumber,
      status: input.status ?? "ACTIVE",
      jobTitle: input.jobTitle ?? "Giáo viên",
      department: input.department,
      phone: input.phone,
      email: input.email,
      isPartyMember: input.isPartyMember ?? false,
      qualification: input.qualification ?? "Đại học",
      ethnicity: "Kinh",
    },
  });
  await db.groupMembership.create({ data: { memberId: member.id, groupId: input.groupId, startOn: joined } });
  await db.memberEvent.create({
    data: { memberId: member.id, type: "ADMITTED", effectiveOn: joined, toGroupId: input.groupId },
  });
  return member;
}

export async function makeTerm(
  db: Db,
  unitId: string,
  name = "Nhiệm kỳ 2023–2028",
  startOn = "2023-10-01",
  endOn = "2028-09-30",
) {
  return createTermRecord(db, unitId, name, startOn, endOn);
}

export async function makePosition(
  db: Db,
  p: {
    termId: string;
    memberId: string;
    office: PositionRole;
    groupId?: string;
    startOn?: string;
    endOn?: string;
  },
) {
  return createPositionRecord(db, { ...p, startOn: p.startOn ?? "2023-10-01" });
}

export const makeUser = createUserRecord;
