// The báo cáo tổng kết end to end: the chủ tịch drafts a narrative section, generates the PDF, a
// welfare visit of this năm học is marked paid through its screen, and the regenerated PDF shows the
// new count and total. Figures are computed at generation, never stored.
import { expect, type Page, test } from "@playwright/test";
import { uniqueToken } from "./data";
import { login, toast } from "./helpers";
import { makeVisit } from "./welfare-kit";
import { pdfText } from "../support/documents";
import { DEMO_YEAR, demoYearLabel, TEST_TODAY, TODAY, typed } from "../support/today";

/** "thăm hỏi, trợ cấp 27 lượt với tổng số tiền 9.850.000 ₫" in the report's PDF. */
async function welfareFigure(page: Page) {
  const res = await page.request.get(`/api/reports/annual?year=${DEMO_YEAR}&format=pdf`);
  expect(res.status()).toBe(200);
  const text = pdfText(await res.body()).replace(/\s+/g, " ");
  const m = /thăm hỏi, trợ cấp ([\d.]+) lượt với tổng số tiền ([\d.]+) ₫/.exec(text);
  expect(m, text.slice(0, 2000)).not.toBeNull();
  return { text, count: Number(m![1].replace(/\./g, "")), total: Number(m![2].replace(/\./g, "")) };
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
  const visit = await makeVisit("Trần Thị Oanh", "Bệnh hiểm nghèo", TEST_TODAY, 654_321, "APPROVED");
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
