// The báo cáo thống kê, biến động đoàn viên for a half-year, checked figure by figure against SQL
// written here independently (each member's place worked out from their latest event, not from the
// tổ memberships the report reads), and against counts worked out by hand for a seeded set of
// movements made through the app's own actions.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeMemberStatusAction, createMemberAction } from "@/lib/members/actions";
import {
  decideApplicationAction,
  issueAdmissionDecisionAction,
  recordAdmissionCeremonyAction,
  submitApplicationAction,
} from "@/lib/members/applications/actions";
import { FIGURES, type Figures } from "@/lib/members/statistics/columns";
import { statisticsRows } from "@/lib/members/statistics/query";
import { makeMember } from "../factories/records";
import { newMemberForm } from "./helpers/forms";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";
import { LAST_YEAR } from "../support/today";

let w: World;
const Y = LAST_YEAR;
const FROM = `${Y}-01-01`;
const TO = `${Y}-06-30`;
const ok = async (p: Promise<{ ok: boolean }>) => {
  const r = await p;
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return r as { ok: true; data: { id: string } };
};
const move = (memberId: string, event: string, effectiveOn: string, toGroupId?: string) =>
  ok(changeMemberStatusAction({ memberId, event, effectiveOn, toGroupId, reason: "Theo quyết định" }));

beforeAll(async () => {
  w = await buildWorld();
  actAs(w.people.chair.user.id);
  const inA = (o: Partial<Parameters<typeof makeMember>[1]>) =>
    makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, joinedUnionOn: "2012-09-01", ...o });
  // tổ A at the start: the two people of the world and these three.
  const a1 = await inA({ gender: "FEMALE", dateOfBirth: `${Y - 25}-03-01`, isPartyMember: true });
  const a2 = await inA({ gender: "MALE", dateOfBirth: `${Y - 45}-07-01` });
  const a3 = await inA({ gender: "FEMALE", dateOfBirth: `${Y - 60}-01-15` });
  // tổ B at the start: the five people of the world and b1.
  const b1 = await makeMember(db, { unitId: w.unit.id, groupId: w.groupB.id, joinedUnionOn: "2012-09-01" });
  await move(b1.id, "LEFT", FROM); // the first day: in đầu kỳ, out by cuối kỳ
  await move(a1.id, "GROUP_CHANGED", `${Y}-02-10`, w.groupB.id);
  await move(a2.id, "TRANSFERRED_OUT", `${Y}-03-01`);
  await move(a2.id, "TRANSFERRED_IN", `${Y}-05-20`, w.groupB.id);
  await move(a3.id, "RETIRED", TO); // the last day counts
  await ok(
    createMemberAction(newMemberForm(w.groupA.id, { fullName: "Hồ Thị Mới", joinedUnionOn: `${Y}-04-15` })),
  );
  // An applicant goes from đơn to member inside the period, through the lễ kết nạp.
  const app = await ok(
    submitApplicationAction({
      fullName: "Phan Văn Đơn",
      gender: "MALE",
      dateOfBirth: `${Y - 31}-01-01`,
      phone: "",
      email: "",
      jobTitle: "Giáo viên",
      department: "",
      groupId: w.groupA.id,
      appliedOn: `${Y}-03-02`,
      introducedBy: "Tổ trưởng tổ A",
    }),
  );
  await ok(
    decideApplicationAction({
      id: app.data.id,
      outcome: "approve",
      decidedOn: `${Y}-03-10`,
      decisionRef: "Họp BCH tháng 3",
      reason: "",
    }),
  );
  const dec = await ok(
    issueAdmissionDecisionAction({
      number: `07/QĐ-CĐCS-${w.unit.id.slice(-4)}`,
      decidedOn: `${Y}-03-12`,
      applicationIds: [app.data.id],
    }),
  );
  await ok(recordAdmissionCeremonyAction({ admissionId: dec.data.id, ceremonyOn: `${Y}-03-26` }));
  // Outside the period: not counted in its movements.
  await ok(
    createMemberAction(newMemberForm(w.groupB.id, { fullName: "Lê Văn Sau", joinedUnionOn: `${Y}-07-01` })),
  );
});

/** Independent: a member is in tổ G at a moment when their latest placing/leaving event before it put them there. */
async function independent(): Promise<Record<string, Figures>> {
  const placed = (cmp: "<" | "<=", day: string) =>
    db.$queryRawUnsafe<{ memberId: string; groupId: string }[]>(
      `SELECT s."memberId", s."toGroupId" AS "groupId" FROM (
       SELECT DISTINCT ON (e."memberId") e."memberId", e.type, e."toGroupId"
       FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId"
       WHERE m."unitId" = $1 AND e."effectiveOn" ${cmp} $2::date
         AND e.type IN ('ADMITTED','TRANSFERRED_IN','GROUP_CHANGED','TRANSFERRED_OUT','LEFT','RETIRED','EXPELLED')
       ORDER BY e."memberId", e."effectiveOn" DESC, e."createdAt" DESC
     ) s WHERE s.type IN ('ADMITTED','TRANSFERRED_IN','GROUP_CHANGED')`,
      w.unit.id,
      day,
    );
  const opening = await placed("<", FROM);
  const closing = await placed("<=", TO);
  const people = await db.$queryRawUnsafe<
    { id: string; gender: string; party: boolean; age: number | null }[]
  >(
    `SELECT id, gender::text, "isPartyMember" AND ("partyJoinedOn" IS NULL OR "partyJoinedOn" <= $2::date) AS party,
       extract(year FROM age($2::date, "dateOfBirth"))::int AS age
     FROM "Member" WHERE "unitId" = $1`,
    w.unit.id,
    TO,
  );
  const events = await db.$queryRawUnsafe<
    { type: string; fromGroupId: string | null; toGroupId: string | null }[]
  >(
    `SELECT e.type::text, e."fromGroupId", e."toGroupId" FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId"
     WHERE m."unitId" = $1 AND e."effectiveOn" >= $2::date AND e."effectiveOn" <= $3::date`,
    w.unit.id,
    FROM,
    TO,
  );
  const person = new Map(people.map((p) => [p.id, p]));
  const out: Record<string, Figures> = {};
  const of = (g: string) => (out[g] ??= Object.fromEntries(FIGURES.map((f) => [f, 0])) as Figures);
  for (const o of opening) of(o.groupId).opening++;
  for (const c of closing) {
    const f = of(c.groupId);
    const p = person.get(c.memberId)!;
    f.closing++;
    if (p.gender === "FEMALE") f.female++;
    if (p.party) f.party++;
    if (p.age === null) f.ageUnknown++;
    else if (p.age < 30) f.under30++;
    else if (p.age < 40) f.age30to39++;
    else if (p.age < 50) f.age40to49++;
    else f.age50plus++;
  }
  for (const e of events) {
    if (e.type === "ADMITTED") of(e.toGroupId!).admitted++;
    if (e.type === "TRANSFERRED_IN") of(e.toGroupId!).transferredIn++;
    if (e.type === "GROUP_CHANGED") {
      of(e.toGroupId!).groupIn++;
      of(e.fromGroupId!).groupOut++;
    }
    if (e.type === "TRANSFERRED_OUT") of(e.fromGroupId!).transferredOut++;
    if (e.type === "LEFT") of(e.fromGroupId!).left++;
    if (e.type === "RETIRED") of(e.fromGroupId!).retired++;
    if (e.type === "EXPELLED") of(e.fromGroupId!).expelled++;
  }
  for (const f of Object.values(out)) f.exited = f.left + f.retired + f.expelled;
  return out;
}

describe(`the statistics report for 6 tháng đầu năm ${Y}`, () => {
  it("matches the independent SQL in every figure of every tổ", async () => {
    const rows = await statisticsRows(w.unit.id, FROM, TO);
    const expected = await independent();
    expect(rows.map((r) => r.groupId).sort()).toEqual([w.groupA.id, w.groupB.id].sort());
    for (const r of rows) {
      const mine = Object.fromEntries(FIGURES.map((f) => [f, r[f]]));
      expect(mine, r.name).toEqual(expected[r.groupId]);
    }
  });

  it("gives the movements worked out by hand, and every row balances", async () => {
    const rows = await statisticsRows(w.unit.id, FROM, TO);
    const a = rows.find((r) => r.groupId === w.groupA.id)!;
    const b = rows.find((r) => r.groupId === w.groupB.id)!;
    // tổ A: 2 + a1, a2, a3 at the start; + Hồ Thị Mới and Phan Văn Đơn; − a1 (to B), a2 (out), a3 (retired).
    expect(a).toMatchObject({ opening: 5, admitted: 2, transferredIn: 0, groupIn: 0, groupOut: 1 });
    expect(a).toMatchObject({ transferredOut: 1, left: 0, retired: 1, expelled: 0, exited: 1, closing: 4 });
    // tổ B: 5 + b1 at the start; + a1 (from A), a2 (back from outside); − b1 (left on the first day).
    expect(b).toMatchObject({ opening: 6, admitted: 0, transferredIn: 1, groupIn: 1, groupOut: 0 });
    expect(b).toMatchObject({ transferredOut: 0, left: 1, retired: 0, exited: 1, closing: 7 });
    // a1 (25, nữ, đảng viên) is in B at the end; a3 (60) is not counted anywhere.
    expect(b).toMatchObject({ under30: 1, party: 1 });
    for (const r of rows)
      expect(
        r.opening + r.admitted + r.transferredIn + r.groupIn - r.groupOut - r.transferredOut - r.exited,
      ).toBe(r.closing);
  });

  it("a period with nothing in it: đầu kỳ equals cuối kỳ and no movement", async () => {
    const rows = await statisticsRows(w.unit.id, `${Y - 2}-01-01`, `${Y - 2}-12-31`);
    const a = rows.find((r) => r.groupId === w.groupA.id)!;
    expect(a).toMatchObject({
      opening: 5,
      closing: 5,
      admitted: 0,
      groupOut: 0,
      transferredOut: 0,
      exited: 0,
    });
  });
});

describe("older events written without their tổ", () => {
  it("a retirement with no fromGroupId is counted in the tổ whose membership it ended", async () => {
    const m = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, joinedUnionOn: "2012-09-01" });
    const on = `${Y - 3}-05-05`;
    await db.groupMembership.updateMany({
      where: { memberId: m.id },
      data: { endOn: new Date(`${on}T00:00:00Z`) },
    });
    await db.memberEvent.create({
      data: { memberId: m.id, type: "RETIRED", effectiveOn: new Date(`${on}T00:00:00Z`) },
    });
    const rows = await statisticsRows(w.unit.id, `${Y - 3}-01-01`, `${Y - 3}-12-31`);
    const a = rows.find((r) => r.groupId === w.groupA.id)!;
    expect(a).toMatchObject({ retired: 1, exited: 1 });
    expect(a.opening - a.exited).toBe(a.closing);
  });
});
