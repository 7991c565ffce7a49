// Accessibility (issue 19, item 4): axe-core with the WCAG 2.1 A/AA rules finds no critical or
// serious violation on any main page of any demo role, on a desktop (1366 px) and a phone (390 px).
// The pages are listed in ./a11y-pages.ts. Also: the skip link is the first tab stop, and on a phone
// a welfare proposal filled by keyboard alone never hides the focused field under a sticky bar.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { A11Y_PAGES, A11Y_UPPER_PAGES, resolvePages, resolveUpperPages, UPPER_ACCOUNT } from "./a11y-pages";
import { type DemoRole, login } from "./helpers";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const WIDTHS = [
  { name: "desktop", viewport: { width: 1366, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

/** "path: rule-id (impact) × n at selector" for every critical or serious violation on the page. */
async function seriousViolations(page: Page, path: string) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map((v) => `${path}: ${v.id} (${v.impact}) × ${v.nodes.length} at ${v.nodes[0]?.target.join(" ")}`);
}

// A wrong sign-in is announced as an alert. Once per run, at phone width (the narrower layout), since
// failed sign-ins count towards the per-address limit.
test.describe("a wrong sign-in at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("is announced, and the page with its error has no serious violation", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("khong-co-tai-khoan@demo.vn");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Email hoặc mật khẩu không đúng." }),
    ).toBeVisible();
    expect(await seriousViolations(page, "/login (error)")).toEqual([]);
  });
});

for (const width of WIDTHS) {
  test.describe(`axe at ${width.viewport.width} px`, () => {
    test.use({ viewport: width.viewport });

    test("the sign-in page", async ({ page }) => {
      await page.goto("/login");
      expect(await seriousViolations(page, "/login")).toEqual([]);
    });

    for (const role of Object.keys(A11Y_PAGES) as DemoRole[]) {
      test(`every main page of ${role}`, async ({ page }) => {
        test.setTimeout(600_000);
        const paths = await resolvePages(role);
        await login(page, role);
        await checkPages(page, width.name, A11Y_PAGES[role], paths);
      });
    }

    test("every main page of the cấp trên", async ({ page }) => {
      test.setTimeout(600_000);
      const paths = await resolveUpperPages();
      await login(page, UPPER_ACCOUNT);
      await checkPages(page, width.name, A11Y_UPPER_PAGES, paths);
    });
  });
}

/** Every page of the list answers 200 with a heading and no serious violation; on a desktop, the
 * list covers the account's whole main navigation. */
async function checkPages(page: Page, widthName: string, listed: string[], paths: string[]) {
  if (widthName === "desktop") {
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(nav.getByRole("link").first()).toBeVisible();
    const hrefs = await nav.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !listed.includes(h!))).toEqual([]);
  }
  const found: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    found.push(...(await seriousViolations(page, path)));
  }
  expect(found).toEqual([]);
}

test.describe("keyboard", () => {
  test("the first tab stop is the skip link, and it moves focus to the page", async ({ page }) => {
    await login(page, "chair");
    await page.goto("/members");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Bỏ qua đến nội dung chính" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // The next tab stop is in the page, not in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);
  });
});

test.describe("keyboard on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a welfare proposal filled by keyboard alone: the focused field is never under a sticky bar", async ({
    page,
  }) => {
    await login(page, "chair");
    await page.goto("/welfare/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đề xuất thăm hỏi");
    // The part of the screen no sticky bar covers: below the header, above the form's action bar.
    const clear = async () =>
      page.evaluate(() => {
        const top = document.querySelector("header")!.getBoundingClientRect().bottom;
        const bar = document.querySelector("form .sticky.bottom-0");
        const bottom = bar ? bar.getBoundingClientRect().top : window.innerHeight;
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const inBar = !!el.closest("header") || (bar?.contains(el) ?? false);
        return {
          id: el.id || el.textContent?.trim() || el.tagName,
          inBar,
          visible: r.top >= top && r.bottom <= bottom,
        };
      });
    const typed: Record<string, string> = {
      eventOn: "02/03/2026",
      amount: "500000",
      relativeName: "Nguyễn Văn Ba",
    };
    // Past the header with the skip link, then field by field.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Bỏ qua đến nội dung chính" })).toBeFocused();
    await page.keyboard.press("Enter");
    const steps: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const at = await clear();
      if (at.inBar) {
        if (steps.length && at.id === "Ghi đề xuất") break;
        continue;
      }
      steps.push(at.id);
      expect(at.visible, `the focused ${at.id} is hidden under a sticky bar`).toBe(true);
      const tag = await page.evaluate(() => document.activeElement!.tagName);
      if (tag === "SELECT") await page.keyboard.press("ArrowDown");
      else if (typed[at.id]) await page.keyboard.type(typed[at.id]);
    }
    expect(steps).toEqual(
      expect.arrayContaining(["memberId", "categoryId", "eventOn", "amount", "fund", "note"]),
    );
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/welfare\/[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
