// The UBKT's work end to end: the UBKT records an inspection with a finding (citing a welfare visit
// of the unit) and a recommendation, and concludes; the chủ tịch answers the recommendation; the
// UBKT accepts the answer and closes the inspection. A đoàn viên has no way in.
import { expect, test } from "@playwright/test";
import { uniqueToken } from "./data";
import { login, toast } from "./helpers";
import { daysFromToday, LAST_YEAR, THIS_YEAR, typed } from "../support/today";

test("the UBKT records an inspection, the BCH answers its recommendation, the UBKT accepts and closes it", async ({
  page,
}) => {
  test.setTimeout(180_000); // three sign-ins and eight steps on a shared machine
  const title = `Kiểm tra chi thăm hỏi ${uniqueToken()}`;
  const dialog = page.getByRole("dialog");
  await login(page, "ubkt");
  await page.goto(`/inspections?year=${THIS_YEAR}`);
  await page.getByTestId("new-inspection").click();
  // An empty form is refused next to its fields.
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(dialog.locator('[data-field-error="inspection-title"]')).toBeVisible();
  await dialog.getByLabel("Nội dung kiểm tra").selectOption("WELFARE");
  await dialog.getByLabel("Tên cuộc kiểm tra").fill(title);
  await dialog.getByLabel("Thời kỳ kiểm tra: từ ngày").fill(`01/01/${LAST_YEAR}`);
  await dialog.getByLabel("đến ngày", { exact: false }).last().fill(`31/12/${LAST_YEAR}`);
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã tạo cuộc kiểm tra" })).toBeVisible();

  await page.getByTestId("inspection").filter({ hasText: title }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("button", { name: "Bắt đầu kiểm tra" }).click();
  await expect(toast(page, "success").filter({ hasText: "đã bắt đầu" })).toBeVisible();

  await page.getByTestId("add-finding").click();
  await dialog.getByLabel("Nội dung phát hiện").fill("Một khoản chi thăm hỏi chưa kèm giấy ra viện.");
  await dialog.getByLabel("Mức độ").selectOption("SHORTCOMING");
  await dialog.getByLabel("Hồ sơ dẫn chứng").selectOption({ index: 1 });
  const cited = (await dialog.getByLabel("Hồ sơ dẫn chứng").locator("option:checked").textContent())!.trim();
  await dialog.getByRole("button", { name: "Thêm" }).click();
  await expect(dialog.getByTestId("evidence-chosen")).toContainText(cited);
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã ghi phát hiện" })).toBeVisible();
  const finding = page.getByTestId("finding").first();
  await expect(finding.getByRole("link", { name: cited })).toHaveAttribute("href", /^\/welfare\//);

  const due = typed(daysFromToday(30));
  await page.getByTestId("add-recommendation").click();
  await dialog.getByLabel("Nội dung kiến nghị").fill("Bổ sung giấy ra viện vào hồ sơ chi.");
  await dialog.getByLabel("Thời hạn").fill(due);
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã thêm kiến nghị" })).toBeVisible();

  await page.getByRole("button", { name: "Kết luận" }).click();
  await dialog.getByLabel(/^Kết luận/).fill("Chi đúng đối tượng; một khoản chưa đủ chứng từ.");
  await dialog.getByLabel("Đại diện bên được kiểm tra (họ tên)").fill("Trần Thị Thu Hà");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã kết luận" })).toBeVisible();
  await expect(page.getByTestId("recommendation")).toContainText("Chờ BCH trả lời");
  // The UBKT does not answer for the BCH.
  await expect(page.getByTestId("respond")).toHaveCount(0);
  const url = page.url();

  await page.context().clearCookies();
  await login(page, "chair");
  await page.goto(url);
  // The chủ tịch reads the inspection but cannot change it.
  await expect(page.getByTestId("add-finding")).toHaveCount(0);
  await page.getByTestId("respond").click();
  await dialog.getByLabel("Đã thực hiện").fill("Đã bổ sung bản sao giấy ra viện vào hồ sơ chi.");
  await dialog.getByRole("button", { name: "Lưu" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã gửi câu trả lời" })).toBeVisible();
  await expect(page.getByTestId("recommendation")).toContainText("Chờ UBKT xem xét");

  await page.context().clearCookies();
  await login(page, "ubkt");
  await page.goto(url);
  await page.getByRole("button", { name: "Chấp nhận" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã chấp nhận" })).toBeVisible();
  await expect(page.getByTestId("recommendation")).toContainText("Đã hoàn thành");
  await expect(page.getByTestId("response")).toContainText("UBKT chấp nhận");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Khép lại cuộc kiểm tra" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã khép lại" })).toBeVisible();
  await expect(page.getByText("Đã khép lại", { exact: true }).first()).toBeVisible();
});

test("a đoàn viên has no way into the UBKT's work", async ({ page }) => {
  await login(page, "member");
  await expect(page.getByRole("link", { name: "Kiểm tra", exact: true })).toHaveCount(0);
  const res = await page.goto(`/inspections?year=${THIS_YEAR}`);
  expect([403, 404]).toContain(res?.status());
});
