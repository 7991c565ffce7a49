// Lighthouse (mobile) on /login, /dashboard and /me, as issue 19 asks: accessibility, best practices,
// and the console errors of each page. It drives the app already running at --base (npm start, or
// scripts/start.ts on another port): Playwright's Chromium signs in, and Lighthouse audits through
// the same browser over its debugging port, keeping the session (disableStorageReset).
//
//   npx tsx bench/lighthouse.ts --base http://localhost:3400 [--out bench/results/<day>-lighthouse.md]
//
// Performance scores depend on the machine's load; the accessibility and best-practices scores do not.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import { chromium } from "playwright";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    out: { type: "string" },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
});
const base = values.base!.replace(/\/$/, "");
const PORT = 9333;

type Row = {
  account: string;
  path: string;
  finalUrl: string;
  scores: Record<string, number | null>;
  consoleErrors: string[];
};

async function main() {
  // A persistent context is the browser's default profile: the tab Lighthouse opens shares its cookies
  // (a context from browser.newContext() is a separate profile, and Lighthouse would audit /login).
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "scd-lh-")), {
    executablePath: values.chromium,
    args: [
      `--remote-debugging-port=${PORT}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
    ],
  });
  const rows: Row[] = [];
  const runs: [string | null, string][] = [
    [null, "/login"],
    ["chutich@demo.vn", "/dashboard"],
    ["doanvien@demo.vn", "/me"],
  ];
  for (const [account, path] of runs) {
    await context.clearCookies();
    if (account) {
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.getByLabel("Email").fill(account);
      await page.getByLabel("Mật khẩu").fill("Demo@2026");
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await page.waitForURL((u) => !u.pathname.startsWith("/login"));
      await page.close();
    }
    const result = await lighthouse(`${base}${path}`, {
      port: PORT,
      output: "json",
      logLevel: "error",
      formFactor: "mobile",
      screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
      disableStorageReset: true,
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    const lhr = result.lhr;
    // A signed-out audit of a signed-in page would be the login page's score: refuse it.
    if (account && new URL(lhr.finalDisplayedUrl).pathname !== path)
      throw new Error(`${path} was audited at ${lhr.finalDisplayedUrl}: the sign-in did not hold`);
    const scores = Object.fromEntries(
      Object.entries(lhr.categories).map(([k, c]) => [
        k,
        c.score === null ? null : Math.round(c.score * 100),
      ]),
    );
    const errors = (lhr.audits["errors-in-console"]?.details as { items?: { description?: string }[] })
      ?.items;
    rows.push({
      account: account ?? "(chưa đăng nhập)",
      path,
      finalUrl: lhr.finalDisplayedUrl,
      scores,
      consoleErrors: (errors ?? []).map((e) => e.description ?? "?"),
    });
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode))
      .filter(
        (a) =>
          lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id) ||
          lhr.categories["best-practices"].auditRefs.some((r) => r.id === a.id),
      )
      .map((a) => `${a.id}: ${a.title}`);
    console.log(path, scores, failed.length ? failed : "no failed a11y/best-practice audits");
  }
  await context.close();
  const md = [
    `# Lighthouse (mobile), ${base}`,
    "",
    "| Trang (sau chuyển hướng) | Tài khoản | Performance | Accessibility | Best practices | Lỗi console |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${new URL(r.finalUrl).pathname} | ${r.account} | ${r.scores.performance ?? "–"} | ${r.scores.accessibility ?? "–"} | ${r.scores["best-practices"] ?? "–"} | ${r.consoleErrors.length ? r.consoleErrors.join("; ") : "không"} |`,
    ),
    "",
  ].join("\n");
  console.log(md);
  if (values.out) writeFileSync(values.out, md);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
