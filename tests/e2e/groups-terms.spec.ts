// Tổ công đoàn and nhiệm kỳ: BCH manages the tổ, the chủ tịch assigns and ends positions, a tổ trưởng only reads.
import { expect, test } from "@playwright/test";
import { createMember, demoUnit, groupByName, uniqueName } from "./data";
import { e2eDb } from "./db";
import { expectNotFound, fieldError, login, toast } from "./helpers";
import { toDateInput } from "../../lib/format";
import { makeGroup } from "../factories/records";
import { THIS_YEAR, TODAY } from "../support/today";

// The demo's term began on 01/10 three years ago (prisma/demo-seed.ts).
const TERM_YEAR = THIS_YEAR - 3;

test("creates a tổ with the dialog and refuses a duplicate name", async ({ page }) => {
  const name = uniqueName("Tổ Kiểm Thử");
  await login(page, "bch");
  await page.goto("/groups");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổ công đoàn");

  await page.getByRole("button", { name: "+ Thêm tổ" }).click();
  let dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Tên tổ").fill(name);
  await dialog.getByRole("button", { name: "Thêm tổ" }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page, "success")).toHaveText(`Đã thêm “${name}”.`);
  await expect(page.getByTestId("group-row").filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveAttribute("href", /\/groups\/[a-z0-9]+$/);

  // Same name in other case: refused next to the field, nothing saved.
  await page.getByRole("button", { name: "+ Thêm tổ" }).click();
  dialog = page.getByRole("dialog");
  const input = dialog.getByLabel("Tên tổ");
  await input.fill(`  ${name.toUpperCase()} `);
  await dialog.getByRole("button", { name: "Thêm tổ" }).click();
  await expect(fieldError(page, (await input.getAttribute("id"))!)).toHaveText("Tên tổ đã tồn tại.");
  await expect(dialog).toBeVisible();

  const unit = await demoUnit();
  const stored = await e2eDb().group.findMany({
    where: { unitId: unit.id, name: { equals: name, mode: "insensitive" } },
  });
  expect(stored).toHaveLength(1);
  expect(
    await e2eDb().auditLog.count({
      where: { entityType: "Group", entityId: stored[0].id, action: "group.create" },
    }),
  ).toBe(1);
});

test("moves two selected members to another tổ with the confirmed dialog", async ({ page }) => {
  const from = await groupByName("Tổ Khoa học tự nhiên");
  const to = await makeGroup(e2eDb(), from.unitId, uniqueName("Tổ Đích"));
  const [a, b] = await Promise.all([createMember(from.name), createMember(from.name)]);
  const today = toDateInput(TODAY);
  await login(page, "bch");
  await page.goto(`/groups/${from.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(from.name);

  await page.getByRole("checkbox", { name: `Chọn ${a.fullName}` }).check();
  await page.getByRole("checkbox", { name: `Chọn ${b.fullName}` }).check();
  await expect(page.getByText("Đã chọn 2 đoàn viên")).toBeVisible();
  await page.getByRole("button", { name: "Chuyển sang tổ khác…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(a.fullName);
  await dialog.getByLabel("Tổ chuyển đến").selectOption({ label: to.name });
  await dialog.getByLabel("Lý do / số quyết định").fill("Phân công lại chuyên môn");
  await dialog.getByRole("button", { name: "Tiếp tục" }).click();
  // Nothing is saved before the confirmation.
  await expect(dialog.getByTestId("confirm-move")).toContainText(
    `Chuyển 2 đoàn viên từ ${from.name} sang ${to.name}`,
  );
  expect((await e2eDb().member.findUniqueOrThrow({ where: { id: a.id } })).groupId).toBe(from.id);
  await dialog.getByRole("button", { name: "Xác nhận chuyển" }).click();

  await expect(dialog).toBeHidden();
  await expect(toast(page, "success")).toHaveText(`Đã chuyển 2 đoàn viên sang ${to.name}.`);
  await expect(page.getByRole("link", { name: a.fullName })).toHaveCount(0);

  const db = e2eDb();
  const moved = await db.member.findMany({ where: { id: { in: [a.id, b.id] } }, select: { groupId: true } });
  expect(moved.map((m) => m.groupId)).toEqual([to.id, to.id]);
  for (const m of [a, b]) {
    const audits = await db.auditLog.findMany({ where: { entityId: m.id, action: "member.group_changed" } });
    expect(audits).toHaveLength(1);
    expect(audits[0].before).toMatchObject({ groupId: from.id });
    expect(audits[0].after).toMatchObject({ groupId: to.id, effectiveOn: today });
  }
});

test("the chủ tịch assigns Ủy viên BCH, then ends it with a confirmation", async ({ page }) => {
  const member = await createMember("Tổ Ngữ văn");
  await login(page, "chair");
  await page.goto("/terms");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhiệm kỳ & chức vụ");

  await page.getByRole("button", { name: "+ Giao chức vụ" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Chức vụ").selectOption({ label: "Ủy viên BCH" });
  await dialog.getByRole("searchbox", { name: "Đoàn viên" }).fill(member.fullName);
  await dialog.getByRole("button", { name: `Chọn ${member.fullName}, Tổ Ngữ văn` }).click();
  await expect(dialog.getByTestId("picked-member")).toContainText(member.fullName);
  await dialog.getByLabel("Ngày bắt đầu").fill(`01/11/${TERM_YEAR}`);
  await dialog.getByLabel("Số quyết định / nghị quyết").fill("12/QĐ-CĐCS");
  await dialog.getByRole("button", { name: "Giao chức vụ" }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page, "success")).toHaveText(`Đã giao chức vụ Ủy viên BCH cho ${member.fullName}.`);

  const bch = page.locator("section").filter({ has: page.getByRole("heading", { name: /^Ban Chấp hành/ }) });
  const row = bch.getByTestId("position").filter({ hasText: member.fullName });
  await expect(row).toContainText(`Từ 01/11/${TERM_YEAR}`);
  await expect(row).toContainText("QĐ 12/QĐ-CĐCS");
  const db = e2eDb();
  const position = await db.position.findFirstOrThrow({
    where: { memberId: member.id, office: "BCH_MEMBER" },
  });
  expect(toDateInput(position.startOn)).toBe(`${TERM_YEAR}-11-01`);
  expect(position.endOn).toBeNull();

  await row.getByRole("button", { name: `Kết thúc chức vụ Ủy viên BCH của ${member.fullName}` }).click();
  const end = page.getByRole("dialog");
  await end.getByLabel("Ngày kết thúc").fill(`31/12/${TERM_YEAR + 1}`);
  await expect(end).toContainText(
    `${member.fullName} sẽ thôi giữ chức vụ Ủy viên BCH sau ngày 31/12/${TERM_YEAR + 1}`,
  );
  await end.getByRole("button", { name: "Xác nhận kết thúc" }).click();
  await expect(end).toBeHidden();
  await expect(toast(page, "success").filter({ hasText: "Đã kết thúc" })).toHaveText(
    `Đã kết thúc chức vụ Ủy viên BCH của ${member.fullName} từ ngày 31/12/${TERM_YEAR + 1}.`,
  );
  await expect(bch.getByTestId("position").filter({ hasText: member.fullName })).toHaveCount(0);
  const past = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: /^Đã thôi giữ chức vụ/ }) });
  await expect(past.getByRole("row").filter({ hasText: member.fullName })).toContainText(
    `01/11/${TERM_YEAR} – 31/12/${TERM_YEAR + 1}`,
  );

  const ended = await db.position.findUniqueOrThrow({ where: { id: position.id } });
  expect(ended.endOn && toDateInput(ended.endOn)).toBe(`${TERM_YEAR + 1}-12-31`);
  expect(
    await db.auditLog.count({
      where: { entityType: "Position", entityId: position.id, action: "position.end" },
    }),
  ).toBe(1);
});

test("a tổ trưởng sees the tổ list but not another tổ's detail nor the terms", async ({ page }) => {
  const [own, other] = await Promise.all([groupByName("Tổ Toán – Tin"), groupByName("Tổ Ngữ văn")]);
  await login(page, "leader");
  await page.goto("/groups");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổ công đoàn");
  await expect(page.getByRole("link", { name: own.name })).toHaveAttribute("href", `/groups/${own.id}`);
  await expect(page.getByTestId("group-row").filter({ hasText: other.name })).toBeVisible();
  await expect(page.getByRole("link", { name: other.name })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "+ Thêm tổ" })).toHaveCount(0);

  await expectNotFound(page, `/groups/${other.id}`);
  await expectNotFound(page, "/terms");
});
