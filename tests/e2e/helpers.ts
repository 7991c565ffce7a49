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
