// A đoàn viên sees only their own record; a tổ trưởng only their tổ. An id outside
// one's scope behaves as not found, and the server refuses even a hand-made request.
import { expect, test } from "@playwright/test";
import { callAction, formValuesFor } from "./actions";
import { createMember, groupByName, memberOfAccount, snapshotMember } from "./data";
import { e2eDb } from "./db";
import { ACCOUNTS, detailValue, expectNotFound, login } from "./helpers";

test.describe("a đoàn viên", () => {
  test("gets not-found for another member's record and edit page", async ({ page }) => {
    const other = await createMember("Tổ Ngữ văn");
    await login(page, "member");
    await expectNotFound(page, `/members/${other.id}`);
    await expectNotFound(page, `/members/${other.id}/edit`);
    await expectNotFound(page, "/members");
    await expect(page.getByText(other.fullName)).toHaveCount(0);
  });

  test("gets not-found even for a member of their own tổ", async ({ page }) => {
    const peer = await memberOfAccount(ACCOUNTS.leader); // Nguyễn Văn Hùng, tổ trưởng of the đoàn viên's own tổ
    await login(page, "member");
    await expectNotFound(page, `/members/${peer.id}`);
  });

  test("calling updateMember directly is refused and the record is unchanged", async ({ page }) => {
    const other = await createMember("Tổ Ngữ văn", { phone: "0905000111" });
    const before = await snapshotMember(other.id);
    await login(page, "member");

    const result = await callAction(page, "updateMemberAction", [
      { id: other.id, version: other.version, values: formValuesFor(other, { phone: "0999888777" }) },
    ]);
    expect(result.body).toContain('"ok":false');
    expect(result.body).toContain('"code":"FORBIDDEN"');

    expect(await snapshotMember(other.id)).toBe(before);
    expect(await e2eDb().auditLog.count({ where: { entityId: other.id, action: "member.update" } })).toBe(0);
  });

  test("(control) the same hand-made call works for the BCH, so the refusal above is real", async ({
    page,
  }) => {
    const other = await createMember("Tổ Ngữ văn", { phone: "0905000111" });
    await login(page, "bch");
    const result = await callAction(page, "updateMemberAction", [
      { id: other.id, version: other.version, values: formValuesFor(other, { phone: "0999888777" }) },
    ]);
    expect(result.body).toContain('"ok":true');
    expect((await e2eDb().member.findUniqueOrThrow({ where: { id: other.id } })).phone).toBe("0999888777");
  });
});

test.describe("a tổ trưởng (Tổ Toán – Tin)", () => {
  test("gets not-found for a member of another tổ", async ({ page }) => {
    const other = await createMember("Tổ Ngữ văn");
    await login(page, "leader");
    await expectNotFound(page, `/members/${other.id}`);
    await expectNotFound(page, `/members/${other.id}/edit`);
  });

  test("opens a member of their own tổ, read-only", async ({ page }) => {
    const peer = await memberOfAccount(ACCOUNTS.member);
    await login(page, "leader");
    await page.goto(`/members/${peer.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(peer.fullName);
    await expect(detailValue(page, "Tổ công đoàn")).toHaveText("Tổ Toán – Tin");
    await expect(page.getByRole("link", { name: "Sửa hồ sơ" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Thay đổi sinh hoạt…" })).toHaveCount(0);
  });

  test("sees only their own tổ in the member list", async ({ page }) => {
    const own = await groupByName("Tổ Toán – Tin");
    const elsewhere = await e2eDb().member.findMany({
      where: { unitId: own.unitId, groupId: { not: own.id } },
      select: { fullName: true },
    });
    await login(page, "leader");
    await page.goto("/members");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đoàn viên");
    await expect(page.getByText("Tổ của bạn: Tổ Toán – Tin")).toBeVisible();

    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const groups = await rows.locator("td:nth-child(5)").allTextContents();
    expect(groups.length).toBeGreaterThan(5);
    expect(new Set(groups)).toEqual(new Set(["Tổ Toán – Tin"]));
    const shown = await rows.locator("td:first-child a").allTextContents();
    for (const m of elsewhere) expect(shown).not.toContain(m.fullName);
    await expect(page.getByRole("link", { name: "+ Thêm đoàn viên" })).toHaveCount(0);
  });
});
