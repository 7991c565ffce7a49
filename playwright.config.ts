import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { PINNED_TODAY } from "./tests/support/today";

// Debian's Chromium where Playwright cannot download its own (see docs/decisions/0004-tests.md).
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 54500);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/e2e-${E2E_PORT}`,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // The launcher starts a throw-away embedded PostgreSQL, migrates, seeds the demo unit and serves the build.
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${E2E_PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(E2E_PORT),
      SCD_DB_PORT: String(E2E_DB_PORT),
      // Per DB port, so that two e2e runs side by side never wipe each other's data.
      SCD_DATA_DIR: `tests/.tmp/e2e-data-${E2E_DB_PORT}`,
      SCD_RESET_DATA: "1",
      SCD_FAST_DB: "1",
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      DATABASE_URL: "",
      // The app, and the demo it seeds, run as of the suite's day (tests/support/today.ts).
      SCD_TODAY: PINNED_TODAY ?? "",
    },
  },
});
