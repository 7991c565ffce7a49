import { expect, type Page } from "@playwright/test";

export const PASSWORD = "Demo@2026";
export const ACCOUNTS = {
  chair: "chutich@demo.vn",
  bch: "uyvien@demo.vn",
  ubkt: "ubkt@demo.vn",
  leader: "totruong@demo.vn",
  member: "doanvien@demo.vn",
} as const;
export type DemoRole = keyof typeof ACCOUNTS;

export async function login(page: Page, role: DemoRole | string, password = PASSWORD) {
  const email = role in ACCOUNTS ? ACCOUNTS[role as DemoRole] : role;
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The error shown under a form field (components/ui/field.tsx renders it with data-field-error). */
export const fieldError = (page: Page, fieldId: string) => page.locator(`[data-field-error="${fieldId}"]`);

/** The value shown for a label on a record's detail page (components/ui/card.tsx DetailList). */
export const detailValue = (page: Page, label: string) =>
  page
    .locator("dl > div")
    .filter({ has: page.locator("dt").getByText(label, { exact: true }) })
    .locator("dd");

/** A toast (role="status" with data-toast; getByRole("alert") would also match Next's route announcer). */
export const toast = (page: Page, kind: "success" | "error") =>
  page.locator(`[role="status"][data-toast="${kind}"]`);

/** The app's not-found page, which is also what an id outside the actor's scope gives. */
export async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  expect(response?.status()).toBe(404);
}
