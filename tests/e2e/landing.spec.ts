import { expect, test } from "@playwright/test";
import { login } from "./helpers";

const LANDINGS = [
  { role: "chair", path: "/dashboard", heading: "Tổng quan" },
  { role: "bch", path: "/dashboard", heading: "Tổng quan" },
  { role: "ubkt", path: "/dashboard", heading: "Tổng quan" },
  { role: "leader", path: "/members", heading: "Đoàn viên" },
  { role: "member", path: "/me", heading: "Của tôi" },
] as const;

for (const l of LANDINGS) {
  test(`${l.role} lands on ${l.path}`, async ({ page }) => {
    await login(page, l.role);
    await expect(page).toHaveURL(new RegExp(`${l.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(l.heading);
  });
}

test("anonymous visitors are sent to the sign-in page", async ({ page }) => {
  await page.goto("/members");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
});
