import { randomInt } from "node:crypto";
// "Của tôi": a đoàn viên's own record, their tổ's names, and their own contact details.
import { expect, test } from "@playwright/test";
import { memberOfAccount } from "./data";
import { e2eDb } from "./db";
import { ACCOUNTS, fieldError, login, toast } from "./helpers";

test("shows their own record and the names of their tổ, but nobody else's phone", async ({ page }) => {
  const me = await memberOfAccount(ACCOUNTS.member);
  const peers = await e2eDb().member.findMany({
    where: { groupId: me.groupId, status: { in: ["ACTIVE", "SUSPENDED"] } },
  });
  await login(page, "member");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Của tôi");
  await expect(page.getByText(`${me.fullName} · Tổ Toán – Tin`)).toBeVisible();

  const list = page.getByTestId("group-peers");
  for (const p of peers) await expect(list.getByText(p.fullName, { exact: p.id !== me.id })).toBeVisible();
  // Specs running beside this one add members to Tổ Toán – Tin: the list holds everyone who was in
  // the tổ before the page loaded, and nobody who was not in it once the page had loaded.
  const shown = await list.getByRole("listitem").count();
  const peersAfter = await e2eDb().member.count({
    where: { groupId: me.groupId, status: { in: ["ACTIVE", "SUSPENDED"] } },
  });
  expect(shown).toBeGreaterThanOrEqual(peers.length);
  expect(shown).toBeLessThanOrEqual(peersAfter);
  await expect(list.getByText(`${me.fullName} (bạn)`)).toBeVisible();

  const text = await page.locator("main").innerText();
  const othersPhones = peers.filter((p) => p.id !== me.id && p.phone).map((p) => p.phone!);
  expect(othersPhones.length).toBeGreaterThan(0);
  for (const phone of othersPhones) expect(text).not.toContain(phone);
});

test("edits their own phone: a bad number is refused, a good one is saved and logged", async ({ page }) => {
  const me = await memberOfAccount(ACCOUNTS.member);
  // Audit rows written after this one (ids grow), not after a moment of the real clock.
  const sinceId =
    (await e2eDb().auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
  const newPhone = `09${String(randomInt(10_000_000, 99_999_999))}`;
  await login(page, "member");
  const phone = page.getByLabel("Điện thoại");
  const save = page.getByRole("button", { name: "Lưu thông tin liên hệ" });

  await phone.fill("12345");
  await save.click();
  await expect(fieldError(page, "phone")).toHaveText("Số điện thoại không hợp lệ (ví dụ 0912345678).");
  expect((await e2eDb().member.findUniqueOrThrow({ where: { id: me.id } })).phone).toBe(me.phone);

  await phone.fill(newPhone);
  await expect(fieldError(page, "phone")).toBeHidden();
  await save.click();
  await expect(toast(page, "success")).toHaveText("Đã cập nhật thông tin liên hệ.");

  await page.reload();
  await expect(page.getByLabel("Điện thoại")).toHaveValue(newPhone);
  expect((await e2eDb().member.findUniqueOrThrow({ where: { id: me.id } })).phone).toBe(newPhone);
  const audit = await e2eDb().auditLog.findFirst({
    where: { action: "member.contact", entityId: me.id, id: { gt: sinceId } },
    orderBy: { at: "desc" },
  });
  expect(audit).not.toBeNull();
  expect(audit!.after).toMatchObject({ phone: newPhone });
});
