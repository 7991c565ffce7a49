import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addSettingValueAction, updateUnitInfoAction } from "@/lib/settings/actions";
import { getSetting, getSettingsOverview } from "@/lib/settings/queries";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("unit info", () => {
  it("the chair edits it, with a before → after audit row", async () => {
    actAs(w.userIdOf("chair"));
    const r = await updateUnitInfoAction({
      name: "Công đoàn Trường THCS Mới",
      parentName: "Công đoàn Giáo dục huyện",
      placeName: "Hội An",
    });
    expect(r).toMatchObject({ ok: true, data: { changed: true } });
    expect(
      await db.unit.findUnique({ where: { id: w.unit.id }, select: { name: true, placeName: true } }),
    ).toEqual({ name: "Công đoàn Trường THCS Mới", placeName: "Hội An" });
    const audit = await db.auditLog.findFirst({
      where: { entityType: "Unit", entityId: w.unit.id },
      orderBy: { id: "desc" },
    });
    expect(audit?.after).toMatchObject({ name: "Công đoàn Trường THCS Mới", placeName: "Hội An" });
    expect((audit?.before as { placeName: string }).placeName).toBe("Tam Kỳ");
  });
  it("BCH members, the UBKT and ordinary members cannot, and nothing changes", async () => {
    // The stored row, not getUnit: that prints the cấp trên's current name (lib/org/printed-parent.ts).
    const stored = () =>
      db.unit.findUnique({
        where: { id: w.unit.id },
        select: { id: true, name: true, parentName: true, placeName: true },
      });
    const before = await stored();
    for (const role of ["bchMember", "viceChair", "ubkt", "member", "leaderSameGroup"] as const) {
      actAs(w.userIdOf(role));
      const r = await updateUnitInfoAction({ name: "Hack", parentName: "Hack", placeName: "Hack" });
      expect(r, role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    actAs(null);
    expect(await updateUnitInfoAction({ name: "Hack", parentName: "Hack", placeName: "Hack" })).toMatchObject(
      {
        ok: false,
        code: "UNAUTHENTICATED",
      },
    );
    expect(await stored()).toEqual(before);
  });
  it("refuses empty fields with field errors", async () => {
    actAs(w.userIdOf("chair"));
    const r = await updateUnitInfoAction({ name: " ", parentName: "x", placeName: "" });
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: "Vui lòng nhập tên công đoàn cơ sở.", placeName: "Vui lòng nhập địa danh." },
    });
  });
});

describe("dated settings", () => {
  it("falls back to the registry defaults", async () => {
    expect((await getSetting(w.unit.id, "dues.rate.percent", "2025-06-30")).value).toBe(1);
    expect(await getSetting(w.unit.id, "dues.rate.percent", new Date("2025-07-01T00:00:00Z"))).toMatchObject({
      value: 0.5,
      source: "default",
      effectiveFrom: "2025-07-01",
    });
    expect((await getSetting(w.unit.id, "meeting.frequency")).value).toBe("monthly");
  });
  it("the chair adds a dated value; it applies from its date only, and only in that unit", async () => {
    actAs(w.userIdOf("chair"));
    const r = await addSettingValueAction({
      key: "meeting.frequency",
      value: "quarterly",
      effectiveFrom: "2026-01-01",
      note: "Nghị quyết BCH số 01/NQ-CĐCS",
    });
    expect(r.ok).toBe(true);
    expect((await getSetting(w.unit.id, "meeting.frequency", "2025-12-31")).value).toBe("monthly");
    expect(await getSetting(w.unit.id, "meeting.frequency", "2026-01-01")).toMatchObject({
      value: "quarterly",
      source: "stored",
    });
    expect((await getSetting(w.otherUnit.id, "meeting.frequency", "2026-06-01")).value).toBe("monthly");
    const row = await db.setting.findFirstOrThrow({ where: { unitId: w.unit.id, key: "meeting.frequency" } });
    expect(row.value).toBe("quarterly");
    expect(row.createdById).toBe(w.userIdOf("chair"));
    const overview = await getSettingsOverview(w.unit.id);
    const item = overview.find((o) => o.key === "meeting.frequency")!;
    expect(item.history[0]).toMatchObject({
      value: "quarterly",
      note: "Nghị quyết BCH số 01/NQ-CĐCS",
      createdBy: w.people.chair.member.fullName,
    });
  });
  it("parses typed values by kind: 0,8 % and 2.340.000 đồng", async () => {
    actAs(w.userIdOf("chair"));
    expect(
      (
        await addSettingValueAction({
          key: "dues.rate.percent",
          value: "0,8",
          effectiveFrom: "2025-09-01",
          note: "",
        })
      ).ok,
    ).toBe(true);
    expect((await getSetting(w.unit.id, "dues.rate.percent", "2025-10-01")).value).toBe(0.8);
    expect(
      (
        await addSettingValueAction({
          key: "dues.base.salary",
          value: "2.500.000",
          effectiveFrom: "2026-07-01",
          note: "",
        })
      ).ok,
    ).toBe(true);
    expect((await getSetting(w.unit.id, "dues.base.salary", "2026-07-01")).value).toBe(2_500_000);
  });
  it("refuses a second value on the same date, and bad values, next to the field", async () => {
    actAs(w.userIdOf("chair"));
    const dup = await addSettingValueAction({
      key: "meeting.frequency",
      value: "monthly",
      effectiveFrom: "2026-01-01",
      note: "",
    });
    expect(dup).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(dup.ok || dup.fieldErrors?.effectiveFrom).toMatch(/đã có một giá trị/);
    const bad = await addSettingValueAction({
      key: "dues.rate.percent",
      value: "abc",
      effectiveFrom: "2027-01-01",
      note: "",
    });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(bad.ok || bad.fieldErrors?.value).toBeTruthy();
    const unknown = await addSettingValueAction({
      key: "dues.secret",
      value: "1",
      effectiveFrom: "2027-01-01",
      note: "",
    });
    expect(unknown).toMatchObject({ ok: false, code: "VALIDATION" });
  });
  it("only settings.write may add: BCH and UBKT are refused and no row is written", async () => {
    const count = await db.setting.count();
    for (const role of ["bchMember", "viceChair", "ubkt", "member"] as const) {
      actAs(w.userIdOf(role));
      const r = await addSettingValueAction({
        key: "rating.quota.mode",
        value: "block",
        effectiveFrom: "2026-02-01",
        note: "",
      });
      expect(r, role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.setting.count()).toBe(count);
  });
  it("writes an audit row with the value, date and note", async () => {
    const audits = await db.auditLog.findMany({ where: { entityType: "Setting", action: "setting.add" } });
    expect(audits.map((a) => a.after)).toContainEqual({
      key: "meeting.frequency",
      value: "quarterly",
      effectiveFrom: "2026-01-01",
      note: "Nghị quyết BCH số 01/NQ-CĐCS",
    });
  });
});
