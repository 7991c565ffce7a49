// Which database `npm run backup` reads: the cluster of ITS data directory (SCD_DATA_DIR), found
// through that directory's postmaster.pid, never whatever listens on the default port. Two real
// clusters, each holding one unit with its own name: A on some free port, B on the default port
// (where the old lookup went). A stale postmaster.pid (dead pid) or one copied from another
// directory is not trusted.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBackup } from "../../scripts/lib/backup";
import { DEFAULT_DB_PORT, openTarget, runningCluster } from "../../scripts/lib/backup-target";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";

const base = join(process.cwd(), "tests/.tmp", `backup-target-${process.pid}`);
const rootA = join(base, "a");
const rootB = join(base, "b");
const pgDir = (root: string) => join(root, "postgres");
const NAME_A = "Công đoàn cơ sở Trường Tiểu học Ánh Dương";
const NAME_B = "Công đoàn cơ sở Trường THCS Đồng Tâm";
const running = new Set<EmbeddedDb>();

async function cluster(root: string, port: number, unitName: string) {
  const db = await startEmbeddedDb({ dataDir: pgDir(root), database: "so_cong_doan", port, durable: false });
  running.add(db);
  await applyMigrations(db.url);
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query(
    `INSERT INTO "Unit" (id, name, "parentName", "placeName", "updatedAt") VALUES ('unit-1', $1, 'Công đoàn ngành', 'Huế', now())`,
    [unitName],
  );
  await c.end();
  return db;
}

/** The unit names a backup file holds. */
function unitNames(file: string) {
  const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  const at = lines.findIndex(
    (l) => l.startsWith("{") && JSON.parse(l)["@scd"] === "table" && JSON.parse(l).name === "Unit",
  );
  const n = JSON.parse(lines[at]).rows as number;
  return lines.slice(at + 1, at + 1 + n).map((l) => JSON.parse(l).name as string);
}

async function backupOf(root: string, file: string) {
  const target = await openTarget({ create: false, env: { SCD_DATA_DIR: root } });
  try {
    await writeBackup(target.url, file);
    return { names: unitNames(file), url: target.url, label: target.label };
  } finally {
    await target.stop();
  }
}

let a: EmbeddedDb;
let b: EmbeddedDb;
beforeAll(async () => {
  rmSync(base, { recursive: true, force: true });
  b = await cluster(rootB, DEFAULT_DB_PORT, NAME_B); // the default port, when free on this machine
  a = await cluster(rootA, 0, NAME_A); // any other free port
  expect(a.port).not.toBe(DEFAULT_DB_PORT);
});
afterAll(async () => {
  for (const db of running) await db.stop().catch(() => {});
  rmSync(base, { recursive: true, force: true });
});

describe("backup target", () => {
  it("each data directory backs up its own database, whichever port it listens on", async () => {
    const fromA = await backupOf(rootA, join(base, "a.jsonl.gz"));
    expect(fromA.url).toContain(`:${a.port}/`);
    expect(fromA.names).toEqual([NAME_A]);
    const fromB = await backupOf(rootB, join(base, "b.jsonl.gz"));
    expect(fromB.url).toContain(`:${b.port}/`);
    expect(fromB.names).toEqual([NAME_B]);

    // The old lookup (the default port) would have backed up B's unit for data directory A.
    if (b.port === DEFAULT_DB_PORT) {
      const file = join(base, "default-port.jsonl.gz");
      await writeBackup(`postgresql://postgres:postgres@127.0.0.1:${DEFAULT_DB_PORT}/so_cong_doan`, file);
      expect(unitNames(file)).toEqual([NAME_B]);
    } else console.warn(`Cổng ${DEFAULT_DB_PORT} đang bận trên máy này: B chạy ở cổng ${b.port}.`);

    // DATABASE_URL still wins over the data directory.
    const forced = await openTarget({ create: false, env: { SCD_DATA_DIR: rootA, DATABASE_URL: b.url } });
    expect(forced.url).toBe(b.url);
  });

  it("npm run backup with SCD_DATA_DIR=A writes A's unit", async () => {
    const file = join(base, "script-a.jsonl.gz");
    // DATABASE_URL="" keeps a developer's .env out (dotenv does not override) and counts as unset.
    const env = { ...process.env, DATABASE_URL: "", SCD_DATA_DIR: rootA };
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/backup.ts", file], {
      env,
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const code = await new Promise((ok) => child.on("exit", ok));
    expect(code, out).toBe(0);
    expect(out).toContain(`cổng ${a.port}`);
    expect(unitNames(file)).toEqual([NAME_A]);
  }, 60_000);

  it("a postmaster.pid with a dead pid, or copied from another directory, is not trusted", async () => {
    const pidFile = join(pgDir(rootA), "postmaster.pid");
    const lines = readFileSync(pidFile, "utf8").split("\n");
    const bPid = runningCluster(pgDir(rootB))!.pid;

    // A copy of B's data directory taken while B runs: B's live pid, B's directory, B's port.
    const copy = join(base, "copy", "postgres");
    mkdirSync(copy, { recursive: true });
    writeFileSync(copy + "/postmaster.pid", readFileSync(join(pgDir(rootB), "postmaster.pid")));
    expect(runningCluster(copy)).toBeNull();

    // A stopped, its postmaster.pid left behind with a dead pid and B's port.
    await a.stop();
    running.delete(a);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    expect(() => process.kill(dead, 0)).toThrow();
    lines[0] = String(dead);
    lines[3] = String(b.port);
    writeFileSync(pidFile, lines.join("\n"));
    expect(runningCluster(pgDir(rootA))).toBeNull();

    const fromA = await backupOf(rootA, join(base, "stale-a.jsonl.gz"));
    expect(fromA.label).toContain("khởi động riêng");
    expect(fromA.url).not.toContain(`:${b.port}/`);
    expect(fromA.names).toEqual([NAME_A]);
    expect(runningCluster(pgDir(rootB))?.pid).toBe(bPid); // B untouched
  }, 60_000);
});
