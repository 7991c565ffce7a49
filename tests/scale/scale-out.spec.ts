// Two instances of the same build on one PostgreSQL behind a real nginx (round robin), as
// deploy/nginx.conf runs them. Through nginx: sign in, import 20,000 members, SIGKILL the instance
// whose transaction is writing them, and show that nothing of the import was written and the job
// says it was cut off; that the next request is answered by the other instance with the same
// cookie still signed in; that the import can be run again there and then is all written; and
// that a Server Action works through nginx on either instance.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { SCALE_NGINX_PORT, SCALE_SLOW } from "./playwright.config";
import { writeImportFile } from "../../bench/lib/import-file";
import { seedDemoRecords } from "../../prisma/demo-seed";
import {
  startInstance,
  startNginx,
  waitHealthy,
  type Instance,
  type Nginx,
} from "../../scripts/faults/two-instances";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";
import { createPrisma } from "../../scripts/lib/prisma";
import { login } from "../e2e/helpers";
import { PINNED_TODAY } from "../support/today";

const APP_PORTS = (process.env.SCALE_TEST_APP_PORTS ?? "3190,3191").split(",").map(Number);
const DB_PORT = Number(process.env.SCALE_TEST_DB_PORT ?? 54590);
const DIR = `tests/.tmp/scale-${DB_PORT}`;
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const ROWS = 20_000;
const CARD_PREFIX = "77";
const FILE = join(DIR, "members.xlsx");

/**
 * Rows of bench/lib/import-file.ts's file the import refuses, counted from how it spoils them: in
 * each block of 3,001 rows, row 17 (31/02), 501 (unknown tổ), 1001 (the previous row's số thẻ;
 * not the first row) and 2001 (no name).
 */
function spoiledRows(count: number) {
  let n = 0;
  for (let i = 0; i < count; i++) {
    const r = i % 3001;
    if (r === 17 || r === 501 || r === 2001 || (r === 1001 && i > 0)) n++;
  }
  return n;
}
const VALID = ROWS - spoiledRows(ROWS);

let db: EmbeddedDb;
let sql: pg.Client;
let nginx: Nginx;
const instances: Instance[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000 * SCALE_SLOW);
  rmSync(DIR, { recursive: true, force: true });
  if (PINNED_TODAY) process.env.SCD_TODAY = PINNED_TODAY;
  db = await startEmbeddedDb({
    dataDir: join(DIR, "postgres"),
    database: "scd_scale",
    port: DB_PORT,
    durable: false,
  });
  expect(db.port, `cổng PostgreSQL ${DB_PORT} đang bận`).toBe(DB_PORT);
  await applyMigrations(db.url);
  const prisma = createPrisma(db.url);
  await seedDemoRecords(prisma);
  await prisma.$disconnect();
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  // The tổ of the chair's own CĐCS: the demo's cấp trên hosts two more CĐCS whose tổ a file
  // imported into the school must not name (a row naming another unit's tổ is refused as unknown).
  const groups = (
    await sql.query(
      `SELECT g.name FROM "Group" g JOIN "User" u ON u."unitId" = g."unitId"
       WHERE u.email = 'chutich@demo.vn' AND g."archivedAt" IS NULL ORDER BY g.name`,
    )
  ).rows.map((r) => r.name as string);
  expect(groups.length).toBeGreaterThan(0);
  await writeImportFile(FILE, groups, ROWS, 11, CARD_PREFIX);
  const env = {
    AUTH_SECRET: "scale-test-secret-not-for-production-0123",
    SCD_TODAY: PINNED_TODAY ?? "",
    // The reader's own limit (60 s), stretched like every wait here on a busy machine.
    SCD_IMPORT_PARSE_SECONDS: String(60 * SCALE_SLOW),
  };
  for (const port of APP_PORTS)
    instances.push(startInstance({ port, databaseUrl: db.url, distDir: DIST, env }));
  for (const i of instances)
    expect(
      await waitHealthy(`http://${i.addr}`, 90_000 * SCALE_SLOW),
      `phiên bản ${i.port}:\n${i.log()}`,
    ).toBe(true);
  nginx = await startNginx({
    dir: join(DIR, "nginx"),
    port: SCALE_NGINX_PORT,
    upstreams: APP_PORTS,
    servedBy: true,
  });
});

test.afterAll(async () => {
  await nginx?.stop();
  await Promise.all(instances.map((i) => i.stop()));
  await sql?.end();
  await db?.stop();
});

const count = async (query: string, params: unknown[] = []) =>
  Number((await sql.query(query, params)).rows[0].n);
const importedMembers = () =>
  count(`SELECT count(*) AS n FROM "Member" WHERE "cardNumber" LIKE $1`, [`${CARD_PREFIX}%`]);
const importedEvents = () =>
  count(
    `SELECT count(*) AS n FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId" WHERE m."cardNumber" LIKE $1`,
    [`${CARD_PREFIX}%`],
  );
const createAudits = (importId: string) =>
  count(`SELECT count(*) AS n FROM "AuditLog" WHERE action = 'member.create' AND after->>'importId' = $1`, [
    importId,
  ]);
const jobStatus = async (id: string) =>
  (await sql.query(`SELECT status::text AS s FROM "MemberImport" WHERE id = $1`, [id])).rows[0].s as string;

/** The instance whose connection holds the import's writer lock (lib/members/import/writer-lock.ts). */
async function writerOf(importId: string): Promise<string | null> {
  const r = await sql.query(
    `SELECT a.application_name AS app FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
       AND l.classid = ((hashtext($1)::bigint >> 32) & 4294967295)::oid
       AND l.objid = (hashtext($1)::bigint & 4294967295)::oid`,
    [`member-import:${importId}`],
  );
  return (r.rows[0]?.app as string) ?? null;
}

async function startWrite(page: Page) {
  await page.getByRole("button", { name: `Nhập ${VALID.toLocaleString("vi-VN")} dòng hợp lệ` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Nhập", exact: true }).click();
}

test("an instance killed mid-import: nothing half-written, the user carries on on the other one", async ({
  page,
  context,
}) => {
  const [a, b] = instances;
  const t0 = performance.now(); // elapsed time for the log, not a date
  const step = (m: string) =>
    console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${m}`);
  await login(page, "chair");
  const sessionBefore = (await context.cookies()).find((c) => c.name.endsWith("session-token"))?.value;
  expect(sessionBefore).toBeTruthy();

  await page.goto("/members/import");
  await page.getByLabel("Tệp danh sách đoàn viên (.xlsx)").setInputFiles(FILE);
  await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
  await expect(page.locator("[data-import-counts]")).toBeVisible({ timeout: 120_000 * SCALE_SLOW });
  const importId = /\/members\/import\/([^/?#]+)/.exec(page.url())![1];
  const counts = page.locator("[data-import-counts]");
  await expect(counts.locator("div").filter({ hasText: "Thêm mới" }).locator("dd")).toHaveText(
    VALID.toLocaleString("vi-VN"),
  );

  // The write starts on whichever instance nginx picks; kill that one while it inserts.
  await startWrite(page);
  let writer: string | null = null;
  await expect
    .poll(
      async () => {
        writer = await writerOf(importId);
        const progress = (await sql.query(`SELECT progress FROM "MemberImport" WHERE id = $1`, [importId]))
          .rows[0].progress as number;
        return writer !== null && progress >= 15;
      },
      { timeout: 60_000 * SCALE_SLOW, intervals: [50] },
    )
    .toBe(true);
  const victim = instances.find((i) => i.appName === writer)!;
  step(`preview shown, write started; SIGKILL ${writer} while it writes`);
  const survivor = victim === a ? b : a;
  victim.proc.kill("SIGKILL");
  await new Promise((ok) => victim.proc.once("exit", ok));

  // PostgreSQL ended the dead instance's connection and rolled its transaction back: no row at all.
  await expect.poll(() => writerOf(importId), { timeout: 20_000 * SCALE_SLOW }).toBeNull();
  expect(await importedMembers()).toBe(0);
  expect(await importedEvents()).toBe(0);
  expect(await createAudits(importId)).toBe(0);
  expect(await jobStatus(importId)).toBe("WRITING");

  step("rolled back: no member, event or audit row; the job is still WRITING");
  // The next page through nginx: answered by the survivor, same cookie, still signed in.
  const res = await page.goto("/members");
  expect(res!.status()).toBe(200);
  expect(res!.headers()["x-served-by"]).toContain(survivor.addr);
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole("heading", { name: "Đoàn viên", exact: true })).toBeVisible();
  const sessionAfter = (await context.cookies()).find((c) => c.name.endsWith("session-token"))?.value;
  expect(sessionAfter).toBe(sessionBefore);

  // The job says it was cut off once no live writer holds its lock (after a short grace), and
  // the write can be run again: on the survivor, to the end.
  await expect
    .poll(
      async () => {
        await page.goto(`/members/import/${importId}`);
        return page.getByText("Lần ghi trước bị gián đoạn và không có dòng nào được ghi.").isVisible();
      },
      { timeout: 90_000 * SCALE_SLOW, intervals: [3000] },
    )
    .toBe(true);
  step("the import page says the write was cut off");
  const retried = page.waitForResponse(
    (r) => r.request().method() === "POST" && /\/members\/import\//.test(r.url()),
  );
  await startWrite(page);
  expect((await retried).headers()["x-served-by"]).toContain(survivor.addr);
  await expect(page.getByText("Đã nhập xong.")).toBeVisible({ timeout: 120_000 * SCALE_SLOW });
  expect(await jobStatus(importId)).toBe("DONE");
  expect(await importedMembers()).toBe(VALID);
  expect(await importedEvents()).toBe(VALID);
  expect(await createAudits(importId)).toBe(VALID);

  step(`written again on ${survivor.appName}: ${VALID} members, DONE`);
  // The killed instance back (its supervisor's job); a Server Action through nginx on each.
  const restarted = startInstance({
    port: victim.port,
    databaseUrl: db.url,
    distDir: DIST,
    env: {
      AUTH_SECRET: "scale-test-secret-not-for-production-0123",
      SCD_TODAY: PINNED_TODAY ?? "",
      SCD_IMPORT_PARSE_SECONDS: String(60 * SCALE_SLOW),
    },
  });
  instances[instances.indexOf(victim)] = restarted;
  expect(await waitHealthy(`http://${restarted.addr}`, 90_000 * SCALE_SLOW)).toBe(true);
  await page.waitForTimeout(10_500); // nginx's fail_timeout: it tries the instance again after 10 s
  await page.goto("/me");
  const servedBy = new Set<string>();
  let last = "";
  for (let i = 0; i < 12 && servedBy.size < 2; i++) {
    // Round robin alternates; one extra request when the last save landed where the one before did.
    if (i > 0 && servedBy.has(last)) await page.request.get("/api/health");
    const phone = `09120000${String(i).padStart(2, "0")}`;
    await page.getByLabel("Điện thoại").fill(phone);
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && /\/me$/.test(r.url()));
    await page.getByRole("button", { name: "Lưu thông tin liên hệ" }).click();
    const r = await saved;
    expect(r.status()).toBe(200);
    await expect(page.getByText("Đã cập nhật thông tin liên hệ.").last()).toBeVisible();
    last = r.headers()["x-served-by"];
    servedBy.add(last);
    const stored = await sql.query(
      `SELECT m.phone FROM "Member" m JOIN "User" u ON u."memberId" = m.id WHERE u.email = 'chutich@demo.vn'`,
    );
    expect(stored.rows[0].phone).toBe(phone);
  }
  expect([...servedBy].sort()).toEqual([a.addr, b.addr].sort());
  step(`a Server Action through nginx answered by ${[...servedBy].join(" and ")}`);
});
