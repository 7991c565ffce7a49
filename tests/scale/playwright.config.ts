// `npm run test:scale`: two app instances behind a real nginx (tests/scale/scale-out.spec.ts).
// Uses the build the e2e tier made (.next, or NEXT_DIST_DIR); the spec starts and stops its own
// PostgreSQL, instances and nginx, on ports of its own (SCALE_TEST_* below).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

export const SCALE_NGINX_PORT = Number(process.env.SCALE_TEST_NGINX_PORT ?? 8190);
/** SCALE_TEST_SLOW=3 waits three times as long for each step, on a busy shared machine. */
export const SCALE_SLOW = Math.max(1, Number(process.env.SCALE_TEST_SLOW ?? 1));

export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results/scale",
  timeout: 420_000 * SCALE_SLOW,
  expect: { timeout: 15_000 * SCALE_SLOW },
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${SCALE_NGINX_PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath:
        process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
