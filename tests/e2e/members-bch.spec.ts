// The ủy viên BCH keeps the member records: create, edit, move to another tổ.
import { expect, test } from "@playwright/test";
import { createMember, groupByName, uniqueCard, uniqueName } from "./data";
import { e2eDb } from "./db";
import { detailValue, login, toast } from "./helpers";
import { fillMemberForm, submitNewMember } from "./member-form";
import { toDateInput } from "../../lib/format";
import { TODAY } from "../support/today";

test("creates a member through the form and lands on the new record", async ({ page }) => {
  const fullName = uniqueName("Đào Thị Kiểm Thử");
  const cardNumber = uniqueCard();
  await login(page, "bch");
  await page.goto("/members");
  await page.getByRole("link", { name: "+ Thêm đoàn viên" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thêm đoàn viên");

  await fillMemberForm(page, {
    fullName,
    gender: "Nữ",
    dateOfBirth: "1990-05-12",
    joinedUnionOn: "2015-09-05",
    groupName: "Tổ Ngữ văn",
    cardNumber,
    phone: "0905123456",
  });
  await submitNewMember(page).click();

  await expect(page).toHaveURL(/\/members\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fullName);
  await expect(toast(page, "success")).toHaveText("Đã thêm đoàn viên.");
  await expect(detailValue(page, "Tổ công đoàn")).toHaveText("Tổ Ngữ văn");
  await expect(detailValue(page, "Ngày sinh")).toHaveText("12/05/1990");
  await expect(detailValue(page, "Số thẻ đoàn viên")).toHaveText(cardNumber);

  const id = page.url().split("/").pop()!;
  const db = e2eDb();
  const stored = await db.member.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
  expect(stored).toMatchObject({
    fullName,
    cardNumber,
    gender: "FEMALE",
    status: "ACTIVE",
    phone: "0905123456",
  });
  expect(stored.memberships).toHaveLength(1);
  expect(
    await db.auditLog.count({ where: { entityType: "Member", entityId: id, action: "member.create" } }),
  ).toBe(1);
});

test("edits a member's phone and sees it on the record and in the change log", async ({ page }) => {
  const member = await createMember("Tổ Ngữ văn", { phone: "0905000111" });
  await login(page, "bch");
  await page.goto(`/members/${member.id}`);
  await page.getByRole("link", { name: "Sửa hồ sơ" }).click();
  await expect(page).toHaveURL(`/members/${member.id}/edit`);
  await expect(page.getByLabel("Họ và tên")).toHaveValue(member.fullName);

  await page.getByLabel("Điện thoại").fill("0987 654 321");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();

  await expect(page).toHaveURL(`/members/${member.id}`);
  await expect(toast(page, "success")).toHaveText("Đã lưu thay đổi.");
  await expect(detailValue(page, "Điện thoại")).toHaveText("0987654321");
  const log = page.getByTestId("member-audit");
  await expect(log.getByText("Sửa hồ sơ")).toBeVisible();
  await expect(log.getByText("Điện thoại: 0905000111 → 0987654321")).toBeVisible();

  const db = e2eDb();
  expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).phone).toBe("0987654321");
  const audit = await db.auditLog.findFirstOrThrow({
    where: { entityId: member.id, action: "member.update" },
  });
  expect(audit.before).toEqual({ phone: "0905000111" });
  expect(audit.after).toEqual({ phone: "0987654321" });
});

test("moves a member to another tổ with the dated, confirmed dialog", async ({ page }) => {
  const member = await createMember("Tổ Ngữ văn");
  const [from, to] = await Promise.all([groupByName("Tổ Ngữ văn"), groupByName("Tổ Ngoại ngữ")]);
  const today = toDateInput(TODAY);
  await login(page, "bch");
  await page.goto(`/members/${member.id}`);
  await expect(detailValue(page, "Tổ công đoàn")).toHaveText("Tổ Ngữ văn");

  // The page does not carry the tổ list: the dialog fetches it when its field shows (decision 0100).
  const options = page.waitForResponse((r) => r.url().endsWith("/api/groups/options"));
  await page.getByRole("button", { name: "Thay đổi sinh hoạt…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  expect((await options).status()).toBe(200);
  await dialog.getByRole("combobox", { name: "Thay đổi" }).selectOption({ label: "Chuyển tổ" });
  const target = dialog.getByRole("combobox", { name: "Tổ chuyển đến" });
  // The member's own tổ is not offered.
  await expect(target.locator("option", { hasText: "Tổ Ngoại ngữ" })).toHaveCount(1);
  await expect(target.locator("option", { hasText: /^Tổ Ngữ văn$/ })).toHaveCount(0);
  await target.selectOption({ label: "Tổ Ngoại ngữ" });
  await dialog.getByLabel("Ngày hiệu lực").fill(today);
  await dialog.getByLabel("Lý do / số quyết định").fill("Phân công lại chuyên môn");
  await dialog.getByRole("button", { name: "Tiếp tục" }).click();
  // Nothing is saved before the confirmation.
  await expect(dialog.getByTestId("confirm-lifecycle")).toContainText("Chuyển tổ");
  expect((await e2eDb().member.findUniqueOrThrow({ where: { id: member.id } })).groupId).toBe(from.id);
  await dialog.getByRole("button", { name: "Xác nhận" }).click();

  await expect(dialog).toBeHidden();
  await expect(toast(page, "success")).toHaveText("Đã ghi nhận: Chuyển tổ.");
  await expect(detailValue(page, "Tổ công đoàn")).toHaveText("Tổ Ngoại ngữ");
  await expect(page.getByText("Chuyển tổ từ Tổ Ngữ văn sang Tổ Ngoại ngữ")).toBeVisible();

  const db = e2eDb();
  expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).groupId).toBe(to.id);
  const memberships = await db.groupMembership.findMany({
    where: { memberId: member.id },
    orderBy: { startOn: "asc" },
  });
  expect(memberships).toHaveLength(2);
  expect(
    memberships.map((m) => [m.groupId, toDateInput(m.startOn), m.endOn && toDateInput(m.endOn)]),
  ).toEqual([
    [from.id, "2015-09-01", today],
    [to.id, today, null],
  ]);
  const audit = await db.auditLog.findFirstOrThrow({
    where: { entityId: member.id, action: "member.group_changed" },
  });
  expect(audit.before).toMatchObject({ groupId: from.id });
  expect(audit.after).toMatchObject({ groupId: to.id, effectiveOn: today });
  expect(
    await db.memberEvent.count({
      where: { memberId: member.id, type: "GROUP_CHANGED", fromGroupId: from.id, toGroupId: to.id },
    }),
  ).toBe(1);
});
