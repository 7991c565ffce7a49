// The demo's công đoàn cấp trên (decision 0083): Công đoàn Giáo dục thành phố Đà Nẵng, its
// name since the 2025 mergers, hosting the demo school and two more CĐCS: a lower secondary school and
// an enterprise whose best-paid members meet the đoàn phí cap (10 % of lương cơ sở, dues.cap.percent).
// Nothing here depends on the seeding day: the dates are fixed and in the past.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import {
  makeGroup,
  makeMember,
  makePosition,
  makeTerm,
  makeUnit,
  makeUser,
} from "../../tests/factories/records";

export const UPPER_NAME = "Công đoàn Giáo dục thành phố Đà Nẵng";
export const UPPER_EMAIL = "captren@demo.vn";
const SINCE = new Date("2000-01-01T00:00:00.000Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type Person = { fullName: string; gender: "MALE" | "FEMALE"; job: string; bhxh?: number };

const THCS: Person[] = [
  { fullName: "Nguyễn Văn Thành", gender: "MALE", job: "Giáo viên Toán" },
  { fullName: "Lê Thị Mỹ Duyên", gender: "FEMALE", job: "Giáo viên Ngữ văn" },
  { fullName: "Trần Thị Bích Ngọc", gender: "FEMALE", job: "Giáo viên Tiếng Anh" },
  { fullName: "Phạm Quốc Bảo", gender: "MALE", job: "Giáo viên Vật lý" },
  { fullName: "Hoàng Thị Lan", gender: "FEMALE", job: "Kế toán" },
  { fullName: "Đặng Thị Hồng Nhung", gender: "FEMALE", job: "Giáo viên Sinh học" },
];
// BHXH salaries: the first two are over 23.400.000 ₫, where 1 % passes the cap of 234.000 ₫.
const ENTERPRISE: Person[] = [
  { fullName: "Trương Công Danh", gender: "MALE", job: "Giám đốc", bhxh: 38_000_000 },
  { fullName: "Nguyễn Thị Kim Oanh", gender: "FEMALE", job: "Kế toán trưởng", bhxh: 26_500_000 },
  { fullName: "Lê Văn Hùng", gender: "MALE", job: "Nhân viên kinh doanh", bhxh: 9_800_000 },
  { fullName: "Phan Thị Thu Trang", gender: "FEMALE", job: "Nhân viên kho", bhxh: 7_200_000 },
  { fullName: "Võ Minh Tuấn", gender: "MALE", job: "Lái xe", bhxh: 6_900_000 },
];

async function grassroots(
  db: PrismaClient,
  upperId: string,
  u: {
    name: string;
    unitType: "hcsn" | "enterprise";
    cycle: "school" | "calendar";
    group: string;
    people: Person[];
  },
) {
  const unit = await makeUnit(db, { name: u.name, parentName: UPPER_NAME, placeName: "Đà Nẵng" });
  await db.unit.update({ where: { id: unit.id }, data: { parentId: upperId } });
  await db.setting.createMany({
    data: [
      { unitId: unit.id, key: "unit.type", value: u.unitType, effectiveFrom: SINCE },
      { unitId: unit.id, key: "cycle.kind", value: u.cycle, effectiveFrom: SINCE },
    ],
  });
  const group = await makeGroup(db, unit.id, u.group);
  const term = await makeTerm(db, unit.id, "Nhiệm kỳ 2023–2028", "2023-06-01", "2028-05-31");
  for (const [i, p] of u.people.entries()) {
    const m = await makeMember(db, {
      unitId: unit.id,
      groupId: group.id,
      fullName: p.fullName,
      gender: p.gender,
      jobTitle: p.job,
      joinedUnionOn: `201${i}-03-01`,
      cardNumber: null,
      seed: 7000 + i,
    });
    if (i === 0)
      await makePosition(db, { termId: term.id, memberId: m.id, office: "CHAIR", startOn: "2023-06-01" });
    if (p.bhxh) {
      await db.member.update({ where: { id: m.id }, data: { insuranceSalary: p.bhxh } });
      await db.memberSalary.create({
        data: { memberId: m.id, effectiveFrom: day("2024-07-01"), bhxhSalary: p.bhxh },
      });
    }
  }
  return unit;
}

/** The cấp trên, its leader's account, the school under it and two more CĐCS. */
export async function seedUpper(db: PrismaClient, schoolUnitId: string, password: string) {
  const upper = await makeUnit(db, {
    name: UPPER_NAME,
    parentName: "Liên đoàn Lao động thành phố Đà Nẵng",
    placeName: "Đà Nẵng",
  });
  await db.unit.update({ where: { id: upper.id }, data: { kind: "UPPER" } });
  await db.unit.update({ where: { id: schoolUnitId }, data: { parentId: upper.id } });
  const user = await makeUser(db, { unitId: upper.id, email: UPPER_EMAIL, password });
  await db.user.update({ where: { id: user.id }, data: { upperOffice: "CHAIR" } });
  await grassroots(db, upper.id, {
    name: "Công đoàn Trường THCS Nguyễn Huệ",
    unitType: "hcsn",
    cycle: "school",
    group: "Tổ Văn phòng",
    people: THCS,
  });
  await grassroots(db, upper.id, {
    name: "Công đoàn Công ty Cổ phần Sách và Thiết bị trường học Đà Nẵng",
    unitType: "enterprise",
    cycle: "calendar",
    group: "Tổ Văn phòng – Kinh doanh",
    people: ENTERPRISE,
  });
  return upper.id;
}
