// The treasurer imports the accountant's payroll deduction list (.xlsx): two bad rows are shown with
// their errors in Vietnamese beside them and nothing is written; the fixed file is committed; the same
// list again (the same file, or the same rows in a new file) writes nothing more.
//
// The demo seed gives Hồ Thị Phượng the TREASURER position (Ủy viên BCH phụ trách tài chính) but no
// account, so this journey gives her one (money-kit.ts treasurerAccount).
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { uniqueCard, uniqueName } from "./data";
import { e2eDb } from "./db";
import { fieldError, login, toast } from "./helpers";
import { dots, memberWithSalary, onePercentOf, paymentsOf, treasurerAccount } from "./money-kit";

const SHOTS = "/tmp/shots-moneye2e";

type Line = [card: string, name: string, month: string, amount: number | string];

/** The accountant's list: a title, a header row, one row per member and month, a total row. */
async function payrollFile(lines: Line[], title = "DANH SÁCH TRÍCH ĐOÀN PHÍ QUA LƯƠNG") {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Trích lương");
  ws.addRow([title]);
  ws.addRow(["STT", "Số thẻ", "Họ và tên", "Tháng", "Số tiền"]);
  lines.forEach((l, i) => ws.addRow([i + 1, ...l]));
  ws.addRow(["Tổng cộng", "", "", "", lines.reduce((s, l) => s + (typeof l[3] === "number" ? l[3] : 0), 0)]);
  ws.getColumn(5).numFmt = "#,##0";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, buffer: Buffer) {
  await page.goto("/finance/dues/import");
  await page.locator("#dues-file").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await page.getByRole("button", { name: "Tải lên và xem trước" }).click();
}
/** The file is read in a child process (decision 0066): on a busy machine that takes a while. */
const READ = { timeout: 60_000 };

const importRow = (page: Page, rowNo: number) =>
  page
    .getByTestId("import-rows")
    .locator("tbody tr")
    .filter({ has: page.locator("td:first-child", { hasText: new RegExp(`^${rowNo}$`) }) });

test("two bad rows are refused beside them; the fixed list imports once, and never twice", async ({
  page,
}) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const email = await treasurerAccount();
  const a = await memberWithSalary("Tổ Ngữ văn", 4_680_000); // 1 % = 46.800 ₫
  const b = await memberWithSalary("Tổ Văn phòng", 5_475_601); // 1 % = 54.756 ₫ (54.756,01)
  const owedA = onePercentOf(a.insuranceSalary);
  const owedB = onePercentOf(b.insuranceSalary);
  expect([owedA, owedB]).toEqual([46_800, 54_756]);
  const nobody = uniqueCard();
  const good: Line[] = [
    [a.cardNumber!, a.fullName, "03/2025", owedA],
    [b.cardNumber!, b.fullName, "03/2025", owedB],
  ];
  const imports = () => e2eDb().duesImport.findMany({ where: { fileName: { contains: a.cardNumber! } } });

  await login(page, email);
  // Rows 3–4 are good; row 5 names a card nobody holds; row 6 has month 13 and an amount in words.
  const bad = await payrollFile([
    ...good,
    [nobody, uniqueName("Ngô Văn Không Có"), "03/2025", 46_800],
    [a.cardNumber!, a.fullName, "13/2025", "năm mươi nghìn"],
  ]);
  await upload(page, `trich-luong-loi-${a.cardNumber}.xlsx`, bad);
  await expect(page.getByRole("heading", { name: /Danh sách trích lương: trich-luong-loi/ })).toBeVisible(
    READ,
  );
  await expect(page.getByTestId("import-summary")).toContainText("2 dòng lỗi: sửa tệp rồi tải lên lại");
  await expect(importRow(page, 5)).toContainText(`Không có đoàn viên số thẻ ${nobody}.`);
  await expect(importRow(page, 6)).toContainText("Tháng không hợp lệ (mm/yyyy).");
  await expect(importRow(page, 6)).toContainText("Số tiền phải là số đồng lớn hơn 0.");
  await expect(importRow(page, 3)).toContainText("Hợp lệ");
  await expect(importRow(page, 4)).toContainText("Hợp lệ");
  await expect(page.getByRole("button", { name: /^Ghi sổ 4 dòng/ })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/dues-import-errors-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/dues-import-errors-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  expect(await paymentsOf([a.id, b.id])).toEqual([]);
  expect((await imports()).map((j) => [j.status, j.errorCount])).toEqual([["PREVIEW", 2]]);

  // The accountant fixes the file: the unknown row out, row 6 becomes June at its amount.
  const fixed = await payrollFile([...good, [a.cardNumber!, a.fullName, "04/2025", owedA]]);
  await upload(page, `trich-luong-${a.cardNumber}.xlsx`, fixed);
  await expect(page.getByTestId("import-summary")).toContainText("Mọi dòng hợp lệ", READ);
  const total = owedA + owedB + owedA;
  await page.getByRole("button", { name: `Ghi sổ 3 dòng (${dots(total)} ₫)` }).click();
  await expect(toast(page, "success")).toContainText(`Đã ghi sổ 3 khoản, ${dots(total)} ₫.`, READ);
  await expect(page.getByTestId("import-summary")).toContainText("Đã ghi sổ");
  const stored = await paymentsOf([a.id, b.id]);
  expect(
    stored
      .map((p) => [p.memberId === a.id ? "a" : "b", p.month.toISOString().slice(0, 7), p.amount, p.method])
      .sort(),
  ).toEqual([
    ["a", "2025-03", owedA, "PAYROLL"],
    ["a", "2025-04", owedA, "PAYROLL"],
    ["b", "2025-03", owedB, "PAYROLL"],
  ]);

  // The same file again is refused at the upload, next to the file field.
  await upload(page, `trich-luong-${a.cardNumber}.xlsx`, fixed);
  await expect(fieldError(page, "dues-file")).toHaveText(
    "Tệp này đã được nhập trước đó; không nhập lại để tránh thu trùng.",
    READ,
  );
  await expect(page).toHaveURL(/\/finance\/dues\/import$/);
  // The same rows in a new file (another title): every row is already paid by payroll.
  const again = await payrollFile([...good, [a.cardNumber!, a.fullName, "04/2025", owedA]], "BẢNG KÊ LẠI");
  await upload(page, `trich-luong-lai-${a.cardNumber}.xlsx`, again);
  await expect(page.getByTestId("import-summary")).toContainText("3 dòng lỗi", READ);
  await expect(importRow(page, 3)).toContainText("Tháng 03/2025 đã trích lương, không nhập lại.");
  await expect(importRow(page, 5)).toContainText("Tháng 04/2025 đã trích lương, không nhập lại.");
  await expect(page.getByRole("button", { name: /^Ghi sổ 3 dòng/ })).toBeDisabled();
  expect(await paymentsOf([a.id, b.id])).toHaveLength(3);
  expect(
    (await imports()).map((j) => [j.fileName.startsWith("trich-luong-lai") ? "again" : j.status]).sort(),
  ).toEqual([["COMMITTED"], ["PREVIEW"], ["again"]]);
});
