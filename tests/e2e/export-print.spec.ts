// "DANH SÁCH ĐOÀN VIÊN" as an Excel download and as a printable page.
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { currentMemberNames, groupByName } from "./data";
import { expectNotFound, login } from "./helpers";

/** The member names in the workbook's table (rows whose STT cell is a number) and every text cell. */
async function readWorkbook(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const names: string[] = [];
  const texts: string[] = [];
  ws.eachRow((row) => {
    row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value));
    if (typeof row.getCell(1).value === "number") names.push(String(row.getCell(2).value));
  });
  return { names, texts };
}

async function downloadExcel(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Xuất Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^danh-sach-doan-vien-\d{8}\.xlsx$/);
  return readWorkbook(await download.path());
}

/**
 * Other workers may add members while this runs (never remove any), so the exported list
 * must hold every current member from before the download and nobody not current after it.
 */
function expectSameMembers(exported: string[], before: string[], after: string[]) {
  expect(new Set(exported).size).toBe(exported.length);
  for (const name of before) expect(exported).toContain(name);
  for (const name of exported) expect(after).toContain(name);
}

test("the chủ tịch exports the current members to Excel, all of them or one tổ", async ({ page }) => {
  await login(page, "chair");
  await page.goto("/members");

  const before = await currentMemberNames();
  const all = await downloadExcel(page);
  expectSameMembers(all.names, before, await currentMemberNames());
  expect(all.texts).toContain("DANH SÁCH ĐOÀN VIÊN");
  expect(all.texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

  const group = await groupByName("Tổ Khoa học tự nhiên");
  await page.getByLabel("Tổ công đoàn").selectOption({ label: group.name });
  await expect(page).toHaveURL(new RegExp(`group=${group.id}`));
  await expect(page.getByRole("link", { name: "Xuất Excel" })).toHaveAttribute(
    "href",
    new RegExp(`group=${group.id}`),
  );
  const groupBefore = await currentMemberNames(group.id);
  const one = await downloadExcel(page);
  expectSameMembers(one.names, groupBefore, await currentMemberNames(group.id));
  expect(one.names.length).toBeLessThan(all.names.length);
  expect(one.texts.some((t) => t.includes(group.name))).toBe(true);
});

test("the printable list has the document header, the rows, no buttons on paper, and makes a PDF", async ({
  page,
}) => {
  await login(page, "chair");
  const before = await currentMemberNames();
  await page.goto("/print/members");
  await page.emulateMedia({ media: "print" });

  await expect(page.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await expect(page.getByText("Độc lập - Tự do - Hạnh phúc")).toBeVisible();
  await expect(page.getByRole("heading", { name: "DANH SÁCH ĐOÀN VIÊN" })).toBeVisible();
  const names = await page.locator("table tbody tr td:nth-child(2)").allTextContents();
  expectSameMembers(names, before, await currentMemberNames());
  await expect(page.getByRole("button", { name: "In danh sách" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Quay lại" })).toBeHidden();

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("button", { name: "In danh sách" })).toBeVisible();

  const pdf = await page.pdf({ format: "A4", landscape: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(10_000);
});

test("a đoàn viên can neither download the list nor open the printable page", async ({ page, request }) => {
  const anonymous = await request.get("/api/members/export", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);

  await login(page, "member");
  const response = await page.request.get("/api/members/export", { maxRedirects: 0 });
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).not.toContain("spreadsheet");
  await expectNotFound(page, "/print/members");
});
