// The records of the roll-up's hand-built world (rollup-fixture.ts), written as the app stores them.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { makeGroup, makeUnit, makeUser } from "../../factories/records";

export const YEAR = 2025;
export const tag = () => randomUUID().slice(0, 8);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const LEVELS = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"];
/** Planted in every welfare visit's note: no file or page of the cấp trên may carry it. */
export const WELFARE_NOTE = `Ghi chú riêng tư ${tag()}`;

export type Spell = { group: string; from: string; to?: string };
export type Person = {
  gender: "MALE" | "FEMALE";
  party?: boolean;
  status?: "ACTIVE" | "TRANSFERRED_OUT" | "LEFT" | "RETIRED" | "EXPELLED";
  spells: Spell[];
  events: {
    type:
      "ADMITTED" | "TRANSFERRED_IN" | "TRANSFERRED_OUT" | "GROUP_CHANGED" | "LEFT" | "RETIRED" | "EXPELLED";
    on: string;
    from?: string;
    to?: string;
  }[];
};

export async function person(unitId: string, groups: Record<string, string>, p: Person, name: string) {
  const last = p.spells.at(-1)!;
  const m = await db.member.create({
    data: {
      unitId,
      groupId: groups[last.group],
      fullName: name,
      searchName: name.toLowerCase(),
      sortName: name.toLowerCase(),
      gender: p.gender,
      dateOfBirth: day("1985-05-15"),
      isPartyMember: p.party ?? false,
      status: p.status ?? "ACTIVE",
      idNumber: `0${Math.floor(Math.random() * 1e11)}`,
    },
  });
  for (const s of p.spells)
    await db.groupMembership.create({
      data: {
        memberId: m.id,
        groupId: groups[s.group],
        startOn: day(s.from),
        endOn: s.to ? day(s.to) : null,
      },
    });
  for (const e of p.events)
    await db.memberEvent.create({
      data: {
        memberId: m.id,
        type: e.type,
        effectiveOn: day(e.on),
        fromGroupId: e.from ? groups[e.from] : null,
        toGroupId: e.to ? groups[e.to] : null,
      },
    });
  return m;
}

export async function cdcs(parentId: string, name: string, groupNames: string[]) {
  const unit = await makeUnit(db, { name: `${name} ${tag()}` });
  await db.unit.update({ where: { id: unit.id }, data: { parentId } });
  const groups: Record<string, string> = {};
  for (const g of groupNames) groups[g] = (await makeGroup(db, unit.id, `${g} ${tag()}`)).id;
  return { unit, groups };
}

export async function ratingYear(unitId: string) {
  const ey = await db.emulationYear.create({
    data: {
      unitId,
      year: YEAR,
      registrationDeadline: day(`${YEAR}-03-31`),
      assessmentOpensOn: day(`${YEAR}-11-01`),
      assessmentClosesOn: day(`${YEAR}-12-15`),
    },
  });
  await db.emulationLevel.createMany({
    data: LEVELS.map((name, position) => ({ yearId: ey.id, position, name, minPoints: 90 - position * 20 })),
  });
  return db.ratingYear.create({ data: { unitId, year: YEAR, emulationYearId: ey.id } });
}

export async function rate(
  ry: { id: string; emulationYearId: string },
  member: { id: string; groupId: string },
  level: string | null,
) {
  await db.memberRating.create({
    data: { ratingYearId: ry.id, memberId: member.id, groupId: member.groupId, finalLevel: level },
  });
}

export async function unitLevel(ryId: string, self: string, appraised: string | null) {
  await db.collectiveRating.create({
    data: { ratingYearId: ryId, scope: "UNIT", subjectKey: "unit", selfLevel: self, finalLevel: appraised },
  });
}

export async function titles(unitId: string) {
  const t = async (name: string) =>
    db.emulationTitle.create({ data: { unitId, name, scope: "INDIVIDUAL", level: "Thủ trưởng cơ quan" } });
  const c = await db.emulationCommendation.create({
    data: { unitId, name: "Giấy khen của CĐ cấp trên", level: "Công đoàn cấp trên" },
  });
  return { lđtt: await t("Lao động tiên tiến"), cstđ: await t("Chiến sĩ thi đua cơ sở"), giayKhen: c };
}

export async function award(
  ry: { id: string; emulationYearId: string },
  memberId: string,
  titleId: string,
  result: "ACHIEVED" | "NOT_ACHIEVED" | "PROPOSED_HIGHER",
  commendationId?: string,
) {
  const reg = await db.emulationRegistration.upsert({
    where: { yearId_subjectKey: { yearId: ry.emulationYearId, subjectKey: `m:${memberId}` } },
    create: {
      yearId: ry.emulationYearId,
      subjectKey: `m:${memberId}`,
      memberId,
      state: "APPROVED",
      titleIds: [titleId],
    },
    update: {},
  });
  await db.titleAward.create({
    data: {
      ratingYearId: ry.id,
      registrationId: reg.id,
      titleId,
      result,
      commendationId: commendationId ?? null,
    },
  });
}

export async function categories(unitId: string, names: [string, number][]) {
  const out: Record<string, string> = {};
  for (const [name, sortOrder] of names)
    out[name] = (await db.welfareCategory.create({ data: { unitId, name, sortOrder } })).id;
  return out;
}

export async function visit(
  unitId: string,
  memberId: string,
  categoryId: string,
  on: string,
  amount: number,
  state: "DONE" | "CANCELLED" = "DONE",
) {
  await db.welfareVisit.create({
    data: { unitId, memberId, categoryId, eventOn: day(on), amount, state, note: WELFARE_NOTE },
  });
}

export async function pay(
  unitId: string,
  m: { id: string; groupId: string },
  month: string,
  amount: number,
  reversesId?: string,
) {
  return db.duesPayment.create({
    data: {
      unitId,
      memberId: m.id,
      groupId: m.groupId,
      month: day(month),
      amount,
      method: "CASH",
      paidOn: day(month),
      reversesId,
    },
  });
}

export async function remit(unitId: string, from: string, to: string, amount: number) {
  await db.duesRemittance.create({
    data: {
      unitId,
      fromMonth: day(from),
      toMonth: day(to),
      amount,
      paidOn: day(to),
      account: "Tài khoản cấp trên",
    },
  });
}

export async function upper(name: string) {
  const u = await makeUnit(db, { name: `${name} ${tag()}` });
  await db.unit.update({ where: { id: u.id }, data: { kind: "UPPER" } });
  return u;
}

export async function upperUser(unitId: string, office: "CHAIR" | "UBKT") {
  const user = await makeUser(db, { unitId, email: `rollup-${tag()}@test.vn`, password: "Test@2026" });
  await db.user.update({ where: { id: user.id }, data: { upperOffice: office } });
  return user;
}
