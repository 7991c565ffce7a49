// Excel import through the UI: the preview shows an error next to its row, the valid rows are
// imported, and importing a corrected file again updates instead of duplicating.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { login } from "./helpers";

const stamp = randomUUID().slice(0, 8).toUpperCase();
const card = (n: number) => `E2E${stamp}${n}`;

async function file(name: string, phone: string) {
  mkdirSync("tests/.tmp", { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["ho va ten", "Gioi tinh", "Ngày sinh", "So the", "Ngày vào CĐ", "Tổ công đoàn", "Điện thoại"]);
  ws.addRow([`Nhập Thử Một ${stamp}`, "Nữ", "12/05/1990", card(1), "01/09/2015", "Tổ Toán – Tin", phone]);
  ws.addRow([`Nhập Thử Hai ${stamp}`, "Nam", "30/02/1988", card(2), "01/09/2016", "Tổ Toán – Tin", ""]);
  ws.addRow([`Nhập Thử Ba ${stamp}`, "Nam", "01/01/1985", card(3), "01/09/2010", "to ngu van", ""]);
  const path = `tests/.tmp/${name}`;
  await wb.xlsx.writeFile(path);
  return path;
}

async function uploadAndWait(page: Page, path: string) {
  await page.goto("/members/import");
  await page.getByLabel("Tệp danh sách đoàn viên (.xlsx)").setInputFiles(path);
  await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
  await expect(page.getByRole("heading", { name: "Kiểm tra tệp nhập" })).toBeVisible();
  await expect(page.locator("[data-import-counts]")).toBeVisible({ timeout: 20_000 });
}

test("the BCH previews errors, imports the valid rows, and a re-import updates", async ({ page }) => {
  await login(page, "chair");
  await page.goto("/members");
  await page.getByRole("link", { name: "Nhập từ Excel" }).click();
  await expect(page).toHaveURL(/\/members\/import$/);

  await uploadAndWait(page, await file("import-a.xlsx", "0911000001"));
  const counts = page.locator("[data-import-counts]");
  await expect(counts.locator("div").filter({ hasText: "Thêm mới" }).locator("dd")).toHaveText("2");
  await expect(counts.locator("div").filter({ hasText: "Dòng lỗi" }).locator("dd")).toHaveText("1");
  // The error sits on its own row (row 3 of the sheet), in Vietnamese.
  await expect(page.locator('[data-import-row="3"] [data-row-errors]')).toHaveText(
    "Ngày sinh “30/02/1988” không hợp lệ (dạng dd/mm/yyyy).",
  );
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải danh sách kèm cột lỗi (.xlsx)" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  await page.getByRole("button", { name: "Nhập 2 dòng hợp lệ" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Nhập", exact: true }).click();
  await expect(page.getByText("Đã nhập xong.")).toBeVisible({ timeout: 20_000 });
  await page.goto(`/members?q=${card(1)}`);
  await expect(page.getByRole("link", { name: `Nhập Thử Một ${stamp}` })).toBeVisible();

  // The same people with a new phone number: updates, not new members.
  await uploadAndWait(page, await file("import-b.xlsx", "0911000002"));
  await expect(counts.locator("div").filter({ hasText: "Cập nhật" }).locator("dd")).toHaveText("1");
  await expect(counts.locator("div").filter({ hasText: "Không thay đổi" }).locator("dd")).toHaveText("1");
  await expect(counts.locator("div").filter({ hasText: "Thêm mới" }).locator("dd")).toHaveText("0");
  await page.getByRole("button", { name: "Nhập 1 dòng hợp lệ" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Nhập", exact: true }).click();
  await expect(page.getByText("Đã nhập xong.")).toBeVisible({ timeout: 20_000 });
  await page.goto(`/members?q=${card(1)}`);
  await expect(page.getByRole("link", { name: `Nhập Thử Một ${stamp}` })).toHaveCount(1);
});

test("a đoàn viên cannot open the import page", async ({ page }) => {
  await login(page, "member");
  const res = await page.goto("/members/import");
  expect(res?.status()).toBe(404);
});
