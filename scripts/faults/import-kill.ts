// `npm run fault:import`: kill PostgreSQL (SIGKILL) in the middle of a 60,000-row member import,
// restart it, and check that the import is there entirely or not at all. Prints a transcript.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { killCluster, transcript } from "./cluster";
import { writeImportFile } from "../../bench/lib/import-file";
import { startEmbeddedDb } from "../lib/embedded-db";
import { applyMigrations } from "../lib/migrate";

const DATA = process.env.FAULT_DATA_DIR ?? "/tmp/scd-trusta-fault/postgres";
const PORT = Number(process.env.FAULT_DB_PORT ?? 54604);
const ROWS = Number(process.env.FAULT_ROWS ?? 60_000);
const say = transcript();

async function counts(url: string, unitId: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const q = async (sql: string) => Number((await c.query(sql, [unitId])).rows[0].n);
  const r = {
    members: await q(`SELECT count(*) AS n FROM "Member" WHERE "unitId" = $1`),
    memberships: await q(
      `SELECT count(*) AS n FROM "GroupMembership" gm JOIN "Member" m ON m.id = gm."memberId" WHERE m."unitId" = $1`,
    ),
    events: await q(
      `SELECT count(*) AS n FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId" WHERE m."unitId" = $1`,
    ),
    audit: await q(
      `SELECT count(*) AS n FROM "AuditLog" WHERE action = 'member.create' AND "actorUserId" = 'fault-user' AND $1 <> ''`,
    ),
    jobs: (
      await c.query(
        `SELECT status::text, count(*)::int AS n FROM "MemberImport" WHERE "unitId" = $1 GROUP BY status`,
        [unitId],
      )
    ).rows,
  };
  await c.end();
  return r;
}

async function main() {
  say(`PostgreSQL nhúng mới tại ${DATA} (cổng ${PORT}, ghi bền: fsync bật)`);
  rmSync(join(DATA, ".."), { recursive: true, force: true });
  let db = await startEmbeddedDb({ dataDir: DATA, database: "scd_fault", port: PORT, durable: true });
  await applyMigrations(db.url);
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  const unitId = "fault-unit";
  await c.query(
    `INSERT INTO "Unit" (id, name, "parentName", "placeName", "updatedAt") VALUES ($1, 'CĐCS thử sự cố', 'LĐLĐ', 'Biên Hòa', now())`,
    [unitId],
  );
  await c.query(
    `INSERT INTO "Group" (id, "unitId", name, "updatedAt") SELECT 'fg' || g, $1, 'Tổ ' || lpad(g::text, 3, '0'), now() FROM generate_series(1, 200) g`,
    [unitId],
  );
  await c.query(
    `INSERT INTO "User" (id, "unitId", email, "passwordHash", "isSystemAdmin", "updatedAt") VALUES ('fault-user', $1, 'fault@test.vn', 'x', true, now())`,
    [unitId],
  );
  const groups = (
    await c.query(`SELECT name FROM "Group" WHERE "unitId" = $1 ORDER BY name`, [unitId])
  ).rows.map((r) => r.name as string);
  await c.end();
  const file = "/tmp/scd-trusta-fault/members.xlsx";
  await writeImportFile(file, groups, ROWS, 11);
  say(`Tệp ${ROWS} dòng đã tạo; bắt đầu nhập (tiến trình con)`);

  const child = spawn(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "--conditions=react-server",
      "scripts/faults/import-worker.ts",
      unitId,
      "fault-user",
      file,
    ],
    {
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let killed = false;
  const exited = new Promise<number>((ok) => child.on("exit", (code) => ok(code ?? -1)));
  child.stderr!.on("data", () => {});
  for await (const chunk of child.stdout!) {
    for (const line of String(chunk).split("\n").filter(Boolean)) {
      say(`  nhập › ${line.trim()}`);
      // Mid-write: the transaction has inserted 20,000 members and not committed.
      if (!killed && /insert members 10000/.test(line)) {
        const pids = killCluster(DATA);
        killed = true;
        say(
          `>>> SIGKILL gửi tới PostgreSQL (postmaster ${pids[0]} và ${pids.length - 1} tiến trình con) giữa lúc đang ghi`,
        );
      }
    }
  }
  const code = await exited;
  say(`Tiến trình nhập kết thúc với mã ${code}`);
  if (!killed) say("Cảnh báo: lần nhập xong trước khi kịp ngắt CSDL.");

  say("Khởi động lại PostgreSQL (phục hồi sau sự cố)…");
  db = await startEmbeddedDb({ dataDir: DATA, database: "scd_fault", port: PORT, durable: true });
  const after = await counts(db.url, unitId);
  say(
    `Sau khi khởi động lại: ${after.members} đoàn viên, ${after.memberships} sinh hoạt tổ, ${after.events} biến động, ${after.audit} dòng nhật ký tạo mới; job: ${JSON.stringify(after.jobs)}`,
  );
  const none = after.members === 0 && after.memberships === 0 && after.events === 0 && after.audit === 0;
  const valid = ROWS - Math.floor(ROWS / 3001) * 4; // the file's deliberately wrong rows are never written
  const all =
    after.members > 0 &&
    after.members === after.memberships &&
    after.members === after.events &&
    after.members === after.audit &&
    after.jobs.some((j) => j.status === "DONE");
  say(
    none
      ? "KẾT QUẢ: ĐẠT — không dòng nào được ghi (giao dịch đã bị hủy trọn vẹn)."
      : all
        ? `KẾT QUẢ: ĐẠT — toàn bộ ${after.members} dòng đã ghi (khoảng ${valid} dòng hợp lệ).`
        : "KẾT QUẢ: KHÔNG ĐẠT — dữ liệu ghi dở dang!",
  );
  await db.stop();
  if (existsSync(file)) rmSync(file);
  process.exit(none || all ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
