// The báo cáo tổng kết end to end: the chủ tịch drafts a narrative section, generates the PDF, a
// welfare visit of this năm học is marked paid through its screen, and the regenerated PDF shows the
// new count and total. Figures are computed at generation, never stored. What is compared is the
// row of the visit's category (Bệnh hiểm nghèo, which no other spec writes to), not the year's
// total: specs run two at a time, and welfare-flow pays and cancels visits of this year meanwhile.
import { expect, type Page, test } from "@playwright/test";
import { uniqueToken } from "./data";
import { login, toast } from "./helpers";
import { makeVisit } from "./welfare-kit";
import { pdfText } from "../support/documents";
import { DEMO_YEAR, demoYearLabel, TEST_TODAY, TODAY, typed } from "../support/today";

const CATEGORY = "Bệnh hiểm nghèo";
const num = (s: string) => Number(s.replace(/\./g, ""));

/**
 * The report's PDF text and its welfare table's row for CATEGORY ("3 Bệnh hiểm nghèo 1 654.321 ₫"):
 * the count and the sum paid; a category with nothing paid has no row, 0 and 0.
 */
async function welfareFigure(page: Page) {
  const res = await page.request.get(`/api/reports/annual?year=${DEMO_YEAR}&format=pdf`);
  expect(res.status()).toBe(200);
  const text = pdfText(await res.body()).replace(/\s+/g, " ");
  expect(text).toMatch(/thăm hỏi, trợ cấp [\d.]+ lượt với tổng số tiền [\d.]+ ₫/);
  const m = new RegExp(`\\d+ ${CATEGORY} ([\\d.]+) ([\\d.]+) ₫`).exec(text);
  return { text, count: m ? num(m[1]) : 0, total: m ? num(m[2]) : 0 };
}

test("the chủ tịch drafts the tổng kết, a visit is paid, and the regenerated report counts it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const words = `Một số tổ sinh hoạt chưa đều ${uniqueToken()}.`;
  await login(page, "chair");
  await page.goto("/reports/annual");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Báo cáo tổng kết ${demoYearLabel(DEMO_YEAR)}`,
  );
  await expect(page.getByTestId("figures-note")).toContainText("Số liệu lấy tại thời điểm tạo");
  const section = page.locator("section").filter({ hasText: "Tồn tại, hạn chế và nguyên nhân" });
  const box = page.locator("#section-SHORTCOMINGS");
  // Last year's text is offered as a start.
  await section.getByRole("button", { name: "Dùng nội dung năm trước" }).click();
  await expect(box).toHaveValue(/hình thức/);
  await box.fill("");
  await section.getByRole("button", { name: "Lưu phần này" }).click();
  await expect(page.locator("#section-SHORTCOMINGS-error")).toHaveText("Vui lòng nhập nội dung phần này.");
  await box.fill(words);
  await section.getByRole("button", { name: "Lưu phần này" }).click();
  await expect(toast(page, "success")).toHaveText("Đã lưu phần báo cáo.");

  const before = await welfareFigure(page);
  expect(before.text).toContain(words.replace(/\s+/g, " "));

  // Bệnh hiểm nghèo: no other spec spends in it, and its dự toán has room for this visit (the
  // welfare journey's "Tai nạn" proposal would otherwise need a reason to go over the dự toán).
  const visit = await makeVisit("Trần Thị Oanh", CATEGORY, TEST_TODAY, 654_321, "APPROVED");
  await page.goto(`/welfare/${visit.id}`);
  await page.getByRole("button", { name: "Ghi nhận đã thăm / đã chi" }).click();
  await page.getByLabel("Ngày thăm / chi").fill(typed(TODAY));
  await page.getByRole("button", { name: "Xác nhận đã chi" }).click();
  await expect(toast(page, "success")).toHaveText("Đã ghi nhận đã thăm / đã chi.");

  const after = await welfareFigure(page);
  expect({ count: after.count, total: after.total }).toEqual({
    count: before.count + 1,
    total: before.total + 654_321,
  });
});
