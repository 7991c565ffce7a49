// Sign-in, the failed-attempt limit, sign-out and changing one's password.
import { expect, test } from "@playwright/test";
import { createMember } from "./data";
import { e2eDb } from "./db";
import { E2E_PASSWORD, LOCKOUT_EMAIL } from "./global-setup";
import { ACCOUNTS, fieldError, login, PASSWORD, toast } from "./helpers";
import { makeUser } from "../factories/records";

async function submitLogin(page: import("@playwright/test").Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test("a wrong password is refused with a message that gives nothing away", async ({ page }) => {
  await page.goto("/login");
  await submitLogin(page, ACCOUNTS.ubkt, "sai-mat-khau-1");
  await expect(page.getByTestId("login-error")).toHaveText("Email hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/login$/);
  // An unknown account gets the very same message.
  await submitLogin(page, "khong-ton-tai@demo.vn", "sai-mat-khau-1");
  await expect(page.getByTestId("login-error")).toHaveText("Email hoặc mật khẩu không đúng.");
});

test("after 5 wrong passwords even the right one is refused for a while", async ({ page }) => {
  const key = `email:${LOCKOUT_EMAIL}`;
  const db = e2eDb();
  await db.loginAttempt.deleteMany({ where: { key } });
  await page.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await submitLogin(page, LOCKOUT_EMAIL, `sai-mat-khau-${i}`);
    await expect(page.getByTestId("login-error")).toHaveText("Email hoặc mật khẩu không đúng.");
    await expect.poll(() => db.loginAttempt.count({ where: { key } })).toBe(i);
  }
  await submitLogin(page, LOCKOUT_EMAIL, E2E_PASSWORD);
  await expect(page.getByTestId("login-error")).toHaveText(
    "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  );
  await expect(page).toHaveURL(/\/login$/);
  expect(await db.loginAttempt.count({ where: { key } })).toBe(5);
});

test("signing out from the user menu ends the session, on the server too", async ({ page, browser }) => {
  await login(page, "bch");
  // A copy of the session cookie taken before signing out (a shared computer, a stolen cookie).
  const copied = await page.context().cookies();
  await page
    .locator("summary")
    .filter({ has: page.getByTestId("current-user") })
    .click();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  await page.goto("/members");
  await expect(page).toHaveURL(/\/login/);
  // The copied cookie no longer opens anything: the server ended that sign-in.
  const other = await browser.newContext();
  await other.addCookies(copied);
  const stolen = await other.newPage();
  await stolen.goto("/me");
  await expect(stolen).toHaveURL(/\/login/);
  await other.close();
});

test("changing the password with a wrong current password is refused next to that field", async ({
  page,
}) => {
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email: ACCOUNTS.leader } });
  await login(page, "leader");
  await page.goto("/me/password");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đổi mật khẩu");
  await page.getByLabel("Mật khẩu hiện tại").fill(`${PASSWORD}-sai`);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("MatKhauMoi2027");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("MatKhauMoi2027");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();

  await expect(fieldError(page, "currentPassword")).toHaveText("Mật khẩu hiện tại không đúng.");
  await expect(toast(page, "error")).toBeVisible();
  const after = await e2eDb().user.findUniqueOrThrow({ where: { email: ACCOUNTS.leader } });
  expect(after.passwordHash).toBe(user.passwordHash);
  expect(after.passwordChangedAt).toEqual(user.passwordChangedAt);
});

test("changing the password ends the account's other sign-ins, and keeps this one", async ({ browser }) => {
  const m = await createMember("Tổ Toán – Tin");
  const email = `doi-mk-${m.id.slice(-8)}@demo.vn`;
  await makeUser(e2eDb(), { unitId: m.unitId, email, password: PASSWORD, memberId: m.id });
  const [here, elsewhere] = await Promise.all([browser.newContext(), browser.newContext()]);
  const a = await here.newPage();
  const b = await elsewhere.newPage();
  await login(a, email);
  await login(b, email);
  await a.goto("/me/password");
  await a.getByLabel("Mật khẩu hiện tại").fill(PASSWORD);
  await a.getByLabel("Mật khẩu mới", { exact: true }).fill("MatKhauMoi2027");
  await a.getByLabel("Nhập lại mật khẩu mới").fill("MatKhauMoi2027");
  await a.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(toast(a, "success")).toBeVisible();
  // The other browser (a phone left signed in, say) is sent to the sign-in page…
  await b.goto("/me");
  await expect(b).toHaveURL(/\/login/);
  // …while this one carries on, and the new password works.
  await a.goto("/me");
  await expect(a).toHaveURL(/\/me$/);
  const c = await (await browser.newContext()).newPage();
  await login(c, email, "MatKhauMoi2027");
  await Promise.all([here.close(), elsewhere.close()]);
});
