// `npm run fault:rating`: kill PostgreSQL (SIGKILL) in the middle of finalising a year's rating
// (the status change and the stamps on every member rating are one transaction), restart it,
// and check that the year is either finalised with every row stamped, or open with none.
// To kill "in the middle" deterministically, another session holds a lock on one member rating:
// the finalisation has set the status and stamped the other rows (uncommitted) and waits on it.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { killCluster, transcript } from "./cluster";
import { startEmbeddedDb } from "../lib/embedded-db";
import { applyMigrations } from "../lib/migrate";

const DATA = process.env.FAULT_DATA_DIR ?? "/tmp/scd-ratingb-fault/postgres";
const PORT = Number(process.env.FAULT_DB_PORT ?? 54606);
const MEMBERS = Number(process.env.FAULT_ROWS ?? 5_000);
const say = transcript();
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function seed(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const unitId = "fault-unit";
  await c.query(
    `INSERT INTO "Unit" (id, name, "parentName", "placeName", "updatedAt") VALUES ($1, 'CĐCS thử sự cố', 'LĐLĐ', 'Biên Hòa', now())`,
    [unitId],
  );
  await c.query(
    `INSERT INTO "Group" (id, "unitId", name, "updatedAt") SELECT 'fg' || g, $1, 'Tổ ' || lpad(g::text, 3, '0'), now() FROM generate_series(1, 50) g`,
    [unitId],
  );
  await c.query(
    `INSERT INTO "User" (id, "unitId", email, "passwordHash", "isSystemAdmin", "updatedAt") VALUES ('fault-user', $1, 'fault@test.vn', 'x', true, now())`,
    [unitId],
  );
  await c.query(
    `INSERT INTO "Member" (id, "unitId", "fullName", "searchName", "sortName", gender, "groupId", "updatedAt")
    SELECT 'fm' || i, $1, 'Đoàn viên ' || i, 'doan vien ' || i, 'vien ' || i, 'FEMALE', 'fg' || (1 + i % 50), now() FROM generate_series(1, $2::int) i`,
    [unitId, MEMBERS],
  );
  await c.query(
    `INSERT INTO "EmulationYear" (id, "unitId", year, "registrationDeadline", "assessmentOpensOn", "assessmentClosesOn", "updatedAt")
    VALUES ('fey', $1, 2026, '2026-01-25', '2026-11-01', '2026-11-30', now())`,
    [unitId],
  );
  await c.query(`INSERT INTO "EmulationLevel" (id, "yearId", position, name, "minPoints", "updatedAt") VALUES
    ('fl1', 'fey', 1, 'Hoàn thành xuất sắc nhiệm vụ', 90, now()), ('fl2', 'fey', 2, 'Hoàn thành tốt nhiệm vụ', 70, now()),
    ('fl3', 'fey', 3, 'Hoàn thành nhiệm vụ', 50, now()), ('fl4', 'fey', 4, 'Không hoàn thành nhiệm vụ', 0, now())`);
  await c.query(
    `INSERT INTO "Meeting" (id, "unitId", type, year, number, title, "startsAt", place, status, "updatedAt")
    VALUES ('fmeet', $1, 'BCH_REGULAR', 2026, 1, 'Họp BCH xét xếp loại', '2026-12-20T02:00:00Z', 'Văn phòng', 'HELD', now())`,
    [unitId],
  );
  await c.query(
    `INSERT INTO "RatingYear" (id, "unitId", year, "emulationYearId", "quotaMode", "decisionMeetingId", "decisionRef", "decidedOn", "updatedAt")
    VALUES ('fry', $1, 2026, 'fey', 'OFF', 'fmeet', '05/NQ-CĐCS', '2026-12-20', now())`,
    [unitId],
  );
  // Every tenth member "Hoàn thành xuất sắc", the others "Hoàn thành tốt": complete, within 20 %… except the quota is OFF anyway.
  await c.query(
    `INSERT INTO "MemberRating" (id, "ratingYearId", "memberId", "groupId", "finalLevel", "updatedAt")
    SELECT 'fr' || m.id, 'fry', m.id, m."groupId", CASE WHEN substr(m.id, 3)::int % 10 = 0 THEN 'Hoàn thành xuất sắc nhiệm vụ' ELSE 'Hoàn thành tốt nhiệm vụ' END, now()
    FROM "Member" m WHERE m."unitId" = $1`,
    [unitId],
  );
  await c.end();
  return unitId;
}

async function state(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const y = (await c.query(`SELECT status::text, "finalisedAt" FROM "RatingYear" WHERE id = 'fry'`)).rows[0];
  const s = (
    await c.query(
      `SELECT count(*)::int AS total, count("finalisedAt")::int AS stamped FROM "MemberRating" WHERE "ratingYearId" = 'fry'`,
    )
  ).rows[0];
  const audit = (
    await c.query(
      `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'rating.year.finalise' AND "entityId" = 'fry'`,
    )
  ).rows[0].n;
  await c.end();
  return {
    status: y.status as string,
    finalisedAt: y.finalisedAt as Date | null,
    total: s.total as number,
    stamped: s.stamped as number,
    audit: audit as number,
  };
}

async function main() {
  say(`PostgreSQL nhúng mới tại ${DATA} (cổng ${PORT}, ghi bền: fsync bật)`);
  rmSync(join(DATA, ".."), { recursive: true, force: true });
  let db = await startEmbeddedDb({ dataDir: DATA, database: "scd_fault", port: PORT, durable: true });
  await applyMigrations(db.url);
  const unitId = await seed(db.url);
  say(`Đã tạo ${MEMBERS} đoàn viên với mức xếp loại năm 2026, quyết định của BCH đã ghi; năm đang mở.`);

  // A second session locks the LAST member rating, so the finalisation stalls half-way.
  const holder = new pg.Client({ connectionString: db.url });
  await holder.connect();
  holder.on("error", () => {});
  await holder.query("BEGIN");
  await holder.query(
    `SELECT id FROM "MemberRating" WHERE id = (SELECT max(id) FROM "MemberRating") FOR UPDATE`,
  );

  const child = spawn(
    process.execPath,
    [
      "node_modules/tsx/dist/cli.mjs",
      "--conditions=react-server",
      "scripts/faults/rating-worker.ts",
      unitId,
      "fry",
    ],
    {
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const exited = new Promise<number>((ok) => child.on("exit", (code) => ok(code ?? -1)));
  child.stdout!.on("data", (d) =>
    String(d)
      .split("\n")
      .filter(Boolean)
      .forEach((l) => say(`  chốt › ${l.trim()}`)),
  );
  child.stderr!.on("data", () => {});

  const watch = new pg.Client({ connectionString: db.url });
  await watch.connect();
  watch.on("error", () => {});
  let waiting = false;
  for (let i = 0; i < 600 && !waiting; i++) {
    const r = await watch.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE "MemberRating" SET "finalisedAt"%'`,
    );
    waiting = r.rows[0].n > 0;
    if (!waiting) await sleep(100);
  }
  say(
    waiting
      ? "Giao dịch chốt đã đổi trạng thái năm và đóng dấu các dòng khác (chưa commit), đang chờ dòng cuối."
      : "Cảnh báo: không thấy giao dịch chốt đang chờ.",
  );
  const pids = killCluster(DATA);
  say(
    `>>> SIGKILL gửi tới PostgreSQL (postmaster ${pids[0]} và ${pids.length - 1} tiến trình con) giữa lúc đang chốt`,
  );
  const code = await exited;
  say(`Tiến trình chốt kết thúc với mã ${code}`);

  say("Khởi động lại PostgreSQL (phục hồi sau sự cố)…");
  db = await startEmbeddedDb({ dataDir: DATA, database: "scd_fault", port: PORT, durable: true });
  const after = await state(db.url);
  say(
    `Sau khi khởi động lại: năm ${after.status}, ${after.stamped}/${after.total} dòng có dấu chốt, ${after.audit} dòng nhật ký chốt.`,
  );
  const none = after.status === "OPEN" && after.stamped === 0 && after.audit === 0 && !after.finalisedAt;
  const all = after.status === "FINALISED" && after.stamped === after.total && after.audit === 1;
  say(
    none
      ? "KẾT QUẢ: ĐẠT — chưa chốt gì (giao dịch bị hủy trọn vẹn); chốt lại là xong."
      : all
        ? "KẾT QUẢ: ĐẠT — đã chốt trọn vẹn."
        : "KẾT QUẢ: KHÔNG ĐẠT — chốt dở dang!",
  );

  // And the finalisation still works after the crash.
  if (none) {
    const again = spawn(
      process.execPath,
      [
        "node_modules/tsx/dist/cli.mjs",
        "--conditions=react-server",
        "scripts/faults/rating-worker.ts",
        unitId,
        "fry",
      ],
      { env: { ...process.env, DATABASE_URL: db.url }, stdio: ["ignore", "pipe", "ignore"] },
    );
    again.stdout!.on("data", (d) =>
      String(d)
        .split("\n")
        .filter(Boolean)
        .forEach((l) => say(`  chốt lại › ${l.trim()}`)),
    );
    await new Promise((ok) => again.on("exit", ok));
    const final = await state(db.url);
    say(
      `Chốt lại: năm ${final.status}, ${final.stamped}/${final.total} dòng có dấu chốt, ${final.audit} dòng nhật ký.`,
    );
  }
  await db.stop();
  process.exit(none || all ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
