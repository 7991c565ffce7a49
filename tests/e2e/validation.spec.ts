// The member form refuses bad input in Vietnamese, next to the field, and never saves twice.
import { expect, test } from "@playwright/test";
import { createMember, uniqueCard, uniqueName } from "./data";
import { e2eDb } from "./db";
import { fieldError, login, toast } from "./helpers";
import { fillMemberForm, submitNewMember } from "./member-form";
import { THIS_YEAR } from "../support/today";

const nextYear = `${THIS_YEAR + 1}-03-15`; // in the future whatever day the suite runs as of
const VALID = {
  gender: "Nam",
  dateOfBirth: "1988-02-20",
  joinedUnionOn: "2012-09-03",
  groupName: "Tổ Văn phòng",
} as const;

test.beforeEach(async ({ page }) => {
  await login(page, "bch");
  await page.goto("/members/new");
});

test("an empty name and a future date of birth are shown next to their fields; nothing is saved", async ({
  page,
}) => {
  // Counts are taken on this test's own card number: another worker may be adding members meanwhile.
  const cardNumber = uniqueCard();
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
  await fillMemberForm(page, { ...VALID, fullName: "", dateOfBirth: nextYear, cardNumber });
  await submitNewMember(page).click();

  await expect(fieldError(page, "fullName")).toHaveText("Vui lòng nhập họ và tên (ít nhất 2 ký tự).");
  await expect(fieldError(page, "dateOfBirth")).toHaveText("Ngày sinh không thể ở tương lai.");
  await expect(page.getByLabel("Họ và tên")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/members\/new$/);
  // Fixing the fields clears their messages.
  await page.getByLabel("Họ và tên").fill("Ng");
  await page.getByLabel("Ngày sinh").fill("1988-02-20");
  await expect(fieldError(page, "fullName")).toBeHidden();
  await expect(fieldError(page, "dateOfBirth")).toBeHidden();
  expect(posts).toEqual([]); // refused in the browser, before any request
  expect(await e2eDb().member.count({ where: { cardNumber } })).toBe(0);
});

test("a card number already in use is refused by the server next to the card field", async ({ page }) => {
  const holder = await createMember("Tổ Văn phòng");
  const fullName = uniqueName();
  await fillMemberForm(page, { ...VALID, fullName, cardNumber: holder.cardNumber! });
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined,
  );
  await submitNewMember(page).click();
  await answered;

  await expect(fieldError(page, "cardNumber")).toHaveText(
    "Số thẻ đoàn viên này đã được dùng cho một đoàn viên khác.",
  );
  await expect(toast(page, "error")).toBeVisible();
  await expect(page).toHaveURL(/\/members\/new$/);
  expect(await e2eDb().member.count({ where: { cardNumber: holder.cardNumber } })).toBe(1);
  expect(await e2eDb().member.count({ where: { fullName } })).toBe(0);
});

test("clicking “Thêm đoàn viên” twice quickly creates exactly one member", async ({ page }) => {
  const fullName = uniqueName();
  await fillMemberForm(page, { ...VALID, fullName, cardNumber: uniqueCard() });
  // Hold the server's answer back a little, so the submitting state can be seen.
  let posts = 0;
  await page.route("**/members/new", async (route) => {
    if (route.request().method() === "POST") {
      posts++;
      await new Promise((r) => setTimeout(r, 1000));
    }
    await route.fallback();
  });
  const submit = page.locator('main form button[type="submit"]');
  await submit.dblclick();
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveText("Đang lưu…");
  await submit.click({ force: true }); // a third, impatient click on the disabled button

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fullName);
  expect(posts).toBe(1);
  expect(await e2eDb().member.count({ where: { fullName } })).toBe(1);
});
