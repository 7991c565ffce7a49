// "Của tôi" shows what a member owns (decision 0072), on the demo as seeded on the suite's day:
// the demo đoàn viên's follow-up decided at his tổ's latest signed meeting, overdue, above the one
// due later (prisma/seed/meetings-status.ts memberFollowUps); the ủy viên BCH's own registration,
// returned by the BCH with its reason. At 1366 and 390 px; screenshots in test-results/me-due/<day>/.
// Nothing is saved.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";
import { makeStory } from "../../prisma/seed/story";
import { addDays } from "../../prisma/seed/story-days";
import { TEST_TODAY, TODAY } from "../support/today";

const SHOTS = join(process.cwd(), "test-results", "me-due", TEST_TODAY);
const OVERDUE = "Tổng hợp đề xuất đổi mới sinh hoạt chuyên môn của tổ, gửi tổ trưởng";
const LATER = "Chuẩn bị chuyên đề ứng dụng công nghệ thông tin trong dạy học cho buổi sinh hoạt tổ tới";
const RETURN_REASON = "Chương trình cá nhân chưa có chỉ tiêu cụ thể; đề nghị bổ sung chỉ tiêu đo được.";
const DAY_MS = 86_400_000;

// The seed dates the follow-ups 5 days back and 10 ahead in the story's calendar; across a leap day
// that is one real day more, so the expected counts are worked out from the story's dates.
const story = makeStory(TODAY);
const daysOff = (storyShift: number) =>
  Math.round((story.day(addDays(story.storyToday, storyShift)).getTime() - TODAY.getTime()) / DAY_MS);
const OVERDUE_DAYS = -daysOff(-5);
const LATER_DAYS = daysOff(10);

const WIDTHS = [
  { name: "desktop", viewport: { width: 1366, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await mkdir(SHOTS, { recursive: true });
  await writeFile(join(SHOTS, `${name}.png`), await page.screenshot({ fullPage: true }));
}

const dueItem = (page: Page, text: string) => page.getByTestId("me-due").locator("li", { hasText: text });

for (const w of WIDTHS) {
  test.describe(`at ${w.viewport.width} px`, () => {
    test.use({ viewport: w.viewport });

    test("the đoàn viên's overdue decision is on his Của tôi, above the one due later, linked to its meeting", async ({
      page,
    }) => {
      await login(page, "member");
      await expect(page).toHaveURL(/\/me$/);
      const overdue = dueItem(page, OVERDUE);
      await expect(overdue).toContainText(`Quá hạn ${OVERDUE_DAYS} ngày`);
      await expect(overdue).toContainText("Việc được giao");
      await expect(dueItem(page, LATER)).toContainText(`Còn ${LATER_DAYS} ngày`);
      // Most urgent first: the overdue decision comes before the later one.
      const texts = await page.getByTestId("me-due").locator("li").allInnerTexts();
      const [i, j] = [texts.findIndex((t) => t.includes(OVERDUE)), texts.findIndex((t) => t.includes(LATER))];
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(j);
      // The answer the BCH gave him lately.
      await expect(page.getByTestId("me-answers")).toContainText("Phòng máy tính cho tổ Toán – Tin");
      await shot(page, `member-${w.name}`);

      // The link opens the tổ meeting that decided it, where the decision is listed.
      await overdue.getByRole("link").click();
      await expect(page).toHaveURL(/\/meetings\/[^/]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Sinh hoạt Tổ Toán – Tin");
      await expect(page.getByText(OVERDUE)).toBeVisible();
    });

    test("the ủy viên BCH sees her own returned registration with the BCH's reason", async ({ page }) => {
      await login(page, "bch");
      await page.goto("/me");
      const returned = dueItem(page, "Sửa bản đăng ký bị trả lại");
      await expect(returned).toContainText(`Ban Chấp hành trả lại: ${RETURN_REASON}`);
      await expect(returned).toContainText("Cần sửa");
      await shot(page, `bch-${w.name}`);
      await returned.getByRole("link").click();
      await expect(page).toHaveURL(/\/me\/emulation$/);
      await expect(page.getByTestId("return-reason")).toContainText(
        "Chương trình cá nhân chưa có chỉ tiêu cụ thể",
      );
    });
  });
}
