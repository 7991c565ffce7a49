// Notifications end to end: returning a registration sends exactly one e-mail, read back from an SMTP
// server started here (tests/integration/helpers/smtp-sink.ts), even when the app is killed between
// the commit and the send and two instances come back; the member sees the notice and the unread
// badge in the browser. The spec runs its own app processes (`next start` on the e2e database, with
// SMTP configured), as scripts/faults do; the suite's server has no SMTP and sends nothing.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { createMember } from "./data";
import { E2E_DB_URL, e2eDb } from "./db";
import { login, toast } from "./helpers";
import { makeUser } from "../factories/records";
import { startSmtpSink } from "../integration/helpers/smtp-sink";
import { DEMO_YEAR, PINNED_TODAY, SUITE_MOMENT } from "../support/today";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const APP_PORTS = [E2E_PORT + 1, E2E_PORT + 2];
const SMTP_PORT = 2500 + (E2E_PORT % 100) + 2;

function startApp(port: number, smtpUrl: string, worker: boolean): ChildProcess {
  const app = spawn(
    process.execPath,
    [join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL: E2E_DB_URL,
        AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
        SCD_TODAY: PINNED_TODAY ?? "",
        SMTP_URL: smtpUrl,
        MAIL_FROM: "Sổ Công đoàn <congdoan@truong.test>",
        APP_URL: `http://localhost:${port}`,
        NOTIFY_WORKER: worker ? "on" : "off",
        NOTIFY_WORKER_TICK_MS: "300",
      },
    },
  );
  return app;
}

async function healthy(port: number) {
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`http://localhost:${port}/api/health`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 90_000, intervals: [500] },
    )
    .toBe(200);
}

/** SIGKILL the app's process group: a crash, not a shutdown. */
function kill(app: ChildProcess) {
  try {
    process.kill(-app.pid!, "SIGKILL");
  } catch {
    /* already gone */
  }
}

const apps: ChildProcess[] = [];
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
test.beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});
test.afterAll(async () => {
  for (const app of apps) kill(app);
  await sink?.close();
});

test("returning a registration sends one e-mail, once, across a crash between the commit and the send", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const m = await createMember("Tổ Toán – Tin", {
    gender: "FEMALE",
    fullName: `Đào Thị Báo Tin ${randomUUID().slice(0, 6)}`,
  });
  const email = `tb-${m.id.slice(-8)}@demo.vn`;
  await makeUser(e2eDb(), { unitId: m.unitId, email, password: "Demo@2026", memberId: m.id });
  const year = await e2eDb().emulationYear.findFirstOrThrow({ where: { unitId: m.unitId, year: DEMO_YEAR } });
  const reg = await e2eDb().emulationRegistration.create({
    data: {
      yearId: year.id,
      subjectKey: `m:${m.id}`,
      memberId: m.id,
      state: "FORWARDED",
      titleIds: [],
      movementIds: [],
      firstSubmittedAt: SUITE_MOMENT,
      submittedAt: SUITE_MOMENT,
      forwardedAt: SUITE_MOMENT,
    },
  });
  const mails = () => sink.received.filter((r) => r.to.includes(email));

  // Instance A has mail configured but its worker off: the return commits its mail job, nothing sends it.
  const a = startApp(APP_PORTS[0]!, sink.url, false);
  apps.push(a);
  await healthy(APP_PORTS[0]!);
  const bchContext = await browser.newContext({ baseURL: `http://localhost:${APP_PORTS[0]}` });
  const bch = await bchContext.newPage();
  await login(bch, "chair");
  await bch.goto(`/emulation/registrations?year=${DEMO_YEAR}&q=${encodeURIComponent(m.fullName)}`);
  await bch.locator(`li[data-registration="${m.fullName}"]`).getByRole("button", { name: "Từ chối" }).click();
  await bch.getByRole("dialog").getByLabel("Lý do").fill("Cam kết chưa có chỉ tiêu đo được");
  await bch.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
  await expect(toast(bch, "success")).toContainText("Đã trả lại");
  await bchContext.close();

  const user = await e2eDb().user.findUniqueOrThrow({ where: { email } });
  const job = await e2eDb().mailJob.findFirstOrThrow({ where: { userId: user.id } });
  expect([job.state, job.subject]).toEqual([
    "PENDING",
    "[Sổ Công đoàn] Bản đăng ký thi đua của bạn bị trả lại",
  ]);
  expect(mails()).toHaveLength(0);

  // The crash: A dies after the commit, before any send. Two instances come back, both with workers.
  kill(a);
  for (const port of APP_PORTS) apps.push(startApp(port, sink.url, true));
  await expect.poll(() => mails().length, { timeout: 90_000, intervals: [500] }).toBe(1);
  for (const port of APP_PORTS) await healthy(port);
  await new Promise((r) => setTimeout(r, 3_000)); // ten ticks of each worker
  expect(mails()).toHaveLength(1);
  expect(mails()[0]!.subject).toBe("[Sổ Công đoàn] Bản đăng ký thi đua của bạn bị trả lại");
  expect(mails()[0]!.messageId).toBe(job.messageId);
  expect(mails()[0]!.text).toContain("Lý do: Cam kết chưa có chỉ tiêu đo được.");
  expect((await e2eDb().mailJob.findUniqueOrThrow({ where: { id: job.id } })).state).toBe("SENT");
  expect((await e2eDb().emulationRegistration.findUniqueOrThrow({ where: { id: reg.id } })).state).toBe(
    "RETURNED",
  );

  // In the browser (the suite's server): the unread badge, the list, "Xem" opens the registration and reads it.
  const page = await browser.newPage();
  await login(page, email);
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Thông báo: 1 chưa đọc");
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page).toHaveTitle(/Thông báo/);
  const item = page.getByTestId("notification");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Bản đăng ký thi đua của bạn bị trả lại");
  await expect(item).toContainText("Lý do: Cam kết chưa có chỉ tiêu đo được.");
  await expect(item).toHaveAttribute("data-unread", "true");
  await item.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/\/me\/emulation$/);
  await expect(page.getByTestId("unread-count")).toHaveCount(0);
  await expect(bell).toHaveAccessibleName("Thông báo");
});
