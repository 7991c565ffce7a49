// The awards rules of a rating year on /rating/settings: the discipline cap, whether an
// administrative sanction bars titles, whether the BCH may give its own Giấy khen. Saved through
// saveRatingSettingsAction, audited, refused once the year is finalised, database unchanged on refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveRatingSettingsAction } from "@/lib/rating/settings/actions";
import { makeMember } from "../factories/records";
import { finalisedYear, freshRatingYear } from "./helpers/rating-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const base = (ratingYearId: string) => ({
  ratingYearId,
  quotaMode: "WARN" as const,
  quotaPercent: 20,
  quotaBasisPosition: 1,
  minMonthsInUnit: 10,
  excludeLongLeave: true,
  excludeDisciplined: true,
  requireRegistration: true,
  excludeSanctioned: true,
  disciplineCapPosition: 2 as number | string | null,
  cdcsMayCommend: false,
  publishList: false,
});

const awardsOf = (id: string) =>
  db.ratingYear.findUniqueOrThrow({
    where: { id },
    select: { disciplineCapPosition: true, excludeSanctioned: true, cdcsMayCommend: true, version: true },
  });

describe("the awards rules on /rating/settings", () => {
  it("saves the cap, the sanction rule and the BCH's Giấy khen, and audits before and after", async () => {
    const y = await freshRatingYear(w.unit.id);
    // The database defaults: cap at "Hoàn thành nhiệm vụ" (2), sanction bars, no own Giấy khen.
    expect(await awardsOf(y.ratingYear.id)).toMatchObject({
      disciplineCapPosition: 2,
      excludeSanctioned: true,
      cdcsMayCommend: false,
    });
    actAs(w.people.chair.user.id);
    const res = await saveRatingSettingsAction({
      ...base(y.ratingYear.id),
      disciplineCapPosition: "1",
      excludeSanctioned: false,
      cdcsMayCommend: true,
    });
    expect(res).toMatchObject({ ok: true });
    expect(await awardsOf(y.ratingYear.id)).toMatchObject({
      disciplineCapPosition: 1,
      excludeSanctioned: false,
      cdcsMayCommend: true,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: y.ratingYear.id, action: "rating.year.settings" },
      orderBy: { id: "desc" },
    });
    expect(audit.actorUserId).toBe(w.people.chair.user.id);
    expect(audit.before).toMatchObject({
      disciplineCapPosition: 2,
      excludeSanctioned: true,
      cdcsMayCommend: false,
    });
    expect(audit.after).toMatchObject({
      disciplineCapPosition: 1,
      excludeSanctioned: false,
      cdcsMayCommend: true,
    });
  });

  it("an empty cap means no cap (null)", async () => {
    const y = await freshRatingYear(w.unit.id);
    actAs(w.people.chair.user.id);
    expect(
      await saveRatingSettingsAction({ ...base(y.ratingYear.id), disciplineCapPosition: "" }),
    ).toMatchObject({
      ok: true,
    });
    expect((await awardsOf(y.ratingYear.id)).disciplineCapPosition).toBeNull();
  });

  it("refuses a cap outside the year's scheme and a malformed value, next to the field, and changes nothing", async () => {
    const y = await freshRatingYear(w.unit.id);
    const before = await awardsOf(y.ratingYear.id);
    const audits = await db.auditLog.count({ where: { entityId: y.ratingYear.id } });
    actAs(w.people.chair.user.id);
    // The year's scheme has 4 levels (0–3): position 4 is not one of them.
    expect(
      await saveRatingSettingsAction({ ...base(y.ratingYear.id), disciplineCapPosition: 4 }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { disciplineCapPosition: "Chọn một mức của thang xếp loại năm nay." },
    });
    expect(
      await saveRatingSettingsAction({ ...base(y.ratingYear.id), disciplineCapPosition: "cao" }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { disciplineCapPosition: "Chọn mức tối đa." },
    });
    expect(await awardsOf(y.ratingYear.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: y.ratingYear.id } })).toBe(audits);
  });

  it("refuses a stricter cap while a disciplined member holds a decided level above it, naming them", async () => {
    const y = await freshRatingYear(w.unit.id);
    const member = await makeMember(db, {
      unitId: w.unit.id,
      groupId: w.groupA.id,
      fullName: "Lê Thị Kỷ Luật",
    });
    // Decided at "Hoàn thành nhiệm vụ" (position 2), allowed under the default cap (2).
    await db.memberRating.create({
      data: {
        ratingYearId: y.ratingYear.id,
        memberId: member.id,
        groupId: w.groupA.id,
        disciplineNote: "Khiển trách (QĐ 05/QĐ-CĐ)",
        finalLevel: "Hoàn thành nhiệm vụ",
      },
    });
    const before = await awardsOf(y.ratingYear.id);
    actAs(w.people.chair.user.id);
    expect(
      await saveRatingSettingsAction({ ...base(y.ratingYear.id), disciplineCapPosition: 3 }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        disciplineCapPosition:
          "Mức trần này thấp hơn mức đã quyết định cho 1 đoàn viên bị kỷ luật: Lê Thị Kỷ Luật (Hoàn thành nhiệm vụ). Hãy hạ mức của họ ở trang Xếp loại trước.",
      },
    });
    expect(await awardsOf(y.ratingYear.id)).toEqual(before);
    // The same cap as before saves.
    expect(
      await saveRatingSettingsAction({ ...base(y.ratingYear.id), disciplineCapPosition: 2 }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("is refused once the year is finalised, and the database is unchanged", async () => {
    const y = await finalisedYear(w.unit.id, w.groupA.id);
    const before = await awardsOf(y.ratingYear.id);
    const audits = await db.auditLog.count({ where: { entityId: y.ratingYear.id } });
    actAs(w.people.chair.user.id);
    const res = await saveRatingSettingsAction({
      ...base(y.ratingYear.id),
      disciplineCapPosition: 0,
      excludeSanctioned: false,
      cdcsMayCommend: true,
    });
    expect(res).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("đã chốt") });
    expect(await awardsOf(y.ratingYear.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: y.ratingYear.id } })).toBe(audits);
  });

  it("a member without rating.manage is refused", async () => {
    const y = await freshRatingYear(w.unit.id);
    const before = await awardsOf(y.ratingYear.id);
    actAs(w.people.member.user.id);
    expect(await saveRatingSettingsAction({ ...base(y.ratingYear.id), cdcsMayCommend: true })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await awardsOf(y.ratingYear.id)).toEqual(before);
  });
});
