// The member form's BHXH salary is dated: a change applies from its "áp dụng từ" day (by default
// the first of the month after the suite's day), and the months before keep the old salary.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { duesMonthView } from "@/lib/finance/dues/queries";
import { updateMemberAction } from "@/lib/members/actions";
import { makeMember } from "../factories/records";
import { TEST_TODAY } from "../support/today";
import { editForm } from "./helpers/forms";
import { actAs } from "./helpers/session";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let chair: Actor;

const salaried = (salary: number) =>
  makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, joinedUnionOn: "2015-09-01" }).then((m) =>
    db.member.update({ where: { id: m.id }, data: { insuranceSalary: salary } }),
  );
const history = async (memberId: string) =>
  (await db.memberSalary.findMany({ where: { memberId }, orderBy: { effectiveFrom: "asc" } })).map((h) => [
    h.effectiveFrom.toISOString().slice(0, 10),
    h.bhxhSalary,
  ]);
const salaryIn = async (memberId: string, fullName: string, month: string) =>
  (await duesMonthView(chair, { month, q: fullName })).rows.find((r) => r.memberId === memberId);

// The suite's month and the next, worked out from TEST_TODAY's text.
const [ty, tm] = TEST_TODAY.split("-").map(Number);
const thisMonth = `${ty}-${String(tm).padStart(2, "0")}`;
const nextMonth = tm === 12 ? `${ty + 1}-01` : `${ty}-${String(tm + 1).padStart(2, "0")}`;

beforeAll(async () => {
  w = await buildWorld();
  chair = (await loadActor(w.userIdOf("chair")!)) as Actor;
  actAs(chair.userId);
});

describe("the member form's salary", () => {
  it("applies from the first of next month by default; this month keeps the old salary", async () => {
    const m = await salaried(6_000_000);
    const result = await updateMemberAction({
      id: m.id,
      version: m.version,
      values: editForm(m, { insuranceSalary: "8.000.000", salaryFrom: "" }),
    });
    expect(result).toMatchObject({ ok: true });
    expect(await history(m.id)).toEqual([
      ["1900-01-01", 6_000_000],
      [`${nextMonth}-01`, 8_000_000],
    ]);
    // The record shows the salary in force today: still the old one.
    const saved = await db.member.findUniqueOrThrow({ where: { id: m.id } });
    expect(saved.insuranceSalary).toBe(6_000_000);
    expect(await salaryIn(m.id, m.fullName, thisMonth)).toMatchObject({ salary: 6_000_000 });
    expect(await salaryIn(m.id, m.fullName, nextMonth)).toMatchObject({ salary: 8_000_000 });
  });

  it("applies from the day typed: months before keep the old salary, the record shows the new", async () => {
    const m = await salaried(6_000_000);
    expect(
      await updateMemberAction({
        id: m.id,
        version: m.version,
        values: editForm(m, { insuranceSalary: "9.000.000", salaryFrom: "01/03/2026" }),
      }),
    ).toMatchObject({ ok: true });
    expect(await history(m.id)).toEqual([
      ["1900-01-01", 6_000_000],
      ["2026-03-01", 9_000_000],
    ]);
    // Every suite day (2026-07-01 … 2027-03-15) is after 01/03/2026: the new salary is in force.
    expect((await db.member.findUniqueOrThrow({ where: { id: m.id } })).insuranceSalary).toBe(9_000_000);
    // 0,5 % × 6.000.000 = 30.000 in February; 0,5 % × 9.000.000 = 45.000 from March.
    expect(await salaryIn(m.id, m.fullName, "2026-02")).toMatchObject({ salary: 6_000_000, amount: 30_000 });
    expect(await salaryIn(m.id, m.fullName, "2026-03")).toMatchObject({ salary: 9_000_000, amount: 45_000 });
  });

  it("leaves the salary history alone when the salary is not changed", async () => {
    const m = await salaried(6_000_000);
    expect(
      await updateMemberAction({
        id: m.id,
        version: m.version,
        values: editForm(m, { note: "Ghi chú mới" }),
      }),
    ).toMatchObject({ ok: true });
    expect(await history(m.id)).toEqual([]);
  });

  it("refuses a day that is not a date, next to the field, with the database unchanged", async () => {
    const m = await salaried(6_000_000);
    const before = await snapshotAll(w.unitIds);
    expect(
      await updateMemberAction({
        id: m.id,
        version: m.version,
        values: editForm(m, { insuranceSalary: "8.000.000", salaryFrom: "31/02/2026" }),
      }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "values.salaryFrom": "Ngày áp dụng lương mới không hợp lệ (dd/mm/yyyy)." },
    });
    expect(await snapshotAll(w.unitIds)).toEqual(before);
  });
});
