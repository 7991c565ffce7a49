// Opinions: a member sends one, the BCH answers, the member sees the answer; an anonymous
// opinion never shows its author to the BCH, neither on the page nor in the HTML it receives.
import { expect, test } from "@playwright/test";
import { createMember, uniqueToken } from "./data";
import { e2eDb } from "./db";
import { login, PASSWORD, toast } from "./helpers";
import { makeUser } from "../factories/records";
import { daysFromToday } from "../support/today";

const nextMonth = daysFromToday(30);
const ANSWER = `Nhà trường sẽ lắp máy chiếu trong tháng ${nextMonth.getUTCMonth() + 1}/${nextMonth.getUTCFullYear()}.`;

test("a member sends an opinion, the BCH answers it, and the member sees the answer", async ({ page }) => {
  const topic = `Phòng thực hành ${uniqueToken()}`;
  await login(page, "member");
  await page.goto("/me");
  await page.getByRole("link", { name: "Gửi tâm tư, nguyện vọng và xem câu trả lời" }).click();
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.locator('[data-field-error="opinion-topic"]')).toBeVisible();
  await page.getByLabel("Chủ đề").fill(topic);
  await page.getByLabel("Nội dung").fill("Đề nghị bổ sung máy chiếu cho phòng thực hành Tin học.");
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã gửi ý kiến" })).toBeVisible();
  await expect(page.getByTestId("my-opinion").filter({ hasText: topic })).toContainText("Mới");

  await page.context().clearCookies();
  await login(page, "bch");
  await page.goto("/opinions?status=NEW");
  const card = page.getByTestId("opinion").filter({ hasText: topic });
  await expect(card).toContainText("Phạm Minh Tuấn");
  await card.getByRole("button", { name: "Đang xử lý" }).click();
  await expect(toast(page, "success").filter({ hasText: "đang xử lý" })).toBeVisible();
  await page.goto("/opinions?status=IN_PROGRESS");
  await card.getByRole("button", { name: "Trả lời" }).click();
  await page.getByRole("dialog").getByLabel("Câu trả lời của Ban Chấp hành").fill(ANSWER);
  await page.getByRole("dialog").getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(toast(page, "success").filter({ hasText: "Đã gửi câu trả lời" })).toBeVisible();

  await page.context().clearCookies();
  await login(page, "member");
  await page.goto("/me/opinions");
  const mine = page.getByTestId("my-opinion").filter({ hasText: topic });
  await expect(mine).toContainText("Đã trả lời");
  await expect(mine.getByTestId("opinion-answer")).toContainText(ANSWER);
});

test("an anonymous opinion never reveals its author to the BCH, in the page or the HTML", async ({
  page,
}) => {
  const author = await createMember("Tổ Ngữ văn", { fullName: `Trương Thị Kín Đáo ${uniqueToken()}` });
  const email = `kin-dao-${uniqueToken()}@e2e.vn`;
  await makeUser(e2eDb(), { unitId: author.unitId, email, password: PASSWORD, memberId: author.id });
  const topic = `Ẩn danh ${uniqueToken()}`;
  await login(page, email);
  await page.goto("/me/opinions");
  await page.getByLabel("Chủ đề").fill(topic);
  await page.getByLabel("Nội dung").fill("Lịch trực trưa chưa công bằng giữa các tổ.");
  await page.getByRole("checkbox", { name: /Gửi ẩn danh/ }).check();
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(toast(page, "success").filter({ hasText: "ẩn danh" })).toBeVisible();
  await expect(page.getByTestId("my-opinion").filter({ hasText: topic })).toContainText("(ẩn danh)");

  await page.context().clearCookies();
  await login(page, "chair");
  const res = await page.goto("/opinions");
  await expect(page.getByTestId("opinion").filter({ hasText: topic })).toContainText("Ẩn danh");
  const html = await res!.text();
  expect(html).toContain(topic);
  for (const secret of [author.fullName, author.id, email]) {
    expect(html).not.toContain(secret);
    expect(await page.content()).not.toContain(secret);
  }
  // The RSC payload of a client-side navigation carries no name either.
  const rsc = await page.request.get("/opinions", { headers: { RSC: "1" } });
  expect(await rsc.text()).not.toContain(author.fullName);
});
