// `npx tsx bench/meetings-attendance.ts`: times the server side of the attendance screen for a
// meeting with 1,000 invitees. Starts its own embedded PostgreSQL (port 54621, /tmp/scd-bench-meet),
// migrates, builds a unit with 1,000 members and one meeting inviting all, then runs 30 times each:
// opening the screen (getAttendanceSheet) and saving all 1,000 marks (the saveAttendance handler:
// lock check, version bump, one UPDATE … FROM unnest, audit row). Prints p50/p95 and the queries.
import { spawnSync } from "node:child_process";

// The handlers are "server-only" modules: run again under the react-server condition, as Next does.
if (!process.env.MEET_BENCH_CHILD) {
  const r = spawnSync("npx", ["tsx", "--conditions=react-server", process.argv[1]], {
    stdio: "inherit",
    env: { ...process.env, MEET_BENCH_CHILD: "1" },
  });
  process.exit(r.status ?? 1);
}

const RUNS = 30;
const N = 1000;

async function main() {
  const { startEmbeddedDb } = await import("../scripts/lib/embedded-db");
  const { applyMigrations } = await import("../scripts/lib/migrate");
  const pg = await startEmbeddedDb({
    dataDir: "/tmp/scd-bench-meet",
    database: "bench_meet",
    port: 54621,
    durable: false,
  });
  try {
    await applyMigrations(pg.url, () => {});
    process.env.DATABASE_URL = pg.url;
    const { db } = await import("../lib/db");
    const { getAttendanceSheet } = await import("../lib/meetings/attendance/attendance-sheet");
    const { saveMeetingAttendance: saveAttendance } =
      await import("../lib/meetings/attendance/save-meeting-attendance");
    const { permissionsFor } = await import("../lib/permissions");

    const tag = Date.now().toString(36);
    const unit = await db.unit.create({
      data: { name: `Công đoàn bench ${tag}`, parentName: "Công đoàn cấp trên", placeName: "Tam Kỳ" },
    });
    const group = await db.group.create({ data: { unitId: unit.id, name: "Tổ bench" } });
    await db.$executeRaw`INSERT INTO "Member"(id, "unitId", "fullName", "searchName", "sortName", gender, "groupId", "updatedAt")
      SELECT ${tag} || '-' || n, ${unit.id}, 'Nguyễn Văn Thử ' || n, 'nguyen van thu ' || n, 'thu ' || lpad(n::text, 4, '0'), 'MALE', ${group.id}, now() FROM generate_series(1, ${N}::int) n`;
    const meeting = await db.meeting.create({
      data: {
        unitId: unit.id,
        type: "CONFERENCE_STAFF",
        year: 2026,
        number: 1,
        title: "Hội nghị 1.000 người",
        startsAt: new Date(),
        place: "Hội trường",
        status: "HELD",
      },
    });
    await db.$executeRaw`INSERT INTO "MeetingInvitee"(id, "meetingId", "memberId", "updatedAt") SELECT 'i-' || id, ${meeting.id}, id, now() FROM "Member" WHERE "unitId" = ${unit.id}`;
    const user = await db.user.create({
      data: { unitId: unit.id, email: `bench-${tag}@bench.vn`, passwordHash: "x" },
    });
    const actor = {
      userId: user.id,
      email: user.email,
      unitId: unit.id,
      memberId: null,
      fullName: "Bench",
      ownGroupId: null,
      ledGroupIds: [],
      roles: ["chair" as const],
      permissions: permissionsFor(["chair"]),
      isSystemAdmin: false,
    };

    const timeIt = async (label: string, fn: (i: number) => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const t = performance.now();
        await fn(i);
        if (i >= 3) ms.push(performance.now() - t); // three warm-up runs
      }
      ms.sort((a, b) => a - b);
      const q = (p: number) => ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)].toFixed(1);
      console.log(
        `${label}: p50 ${q(50)} ms · p95 ${q(95)} ms · max ${ms[ms.length - 1].toFixed(1)} ms (${RUNS} runs)`,
      );
    };
    const sheet = await getAttendanceSheet(actor, meeting.id);
    console.log(`Đã tạo ${sheet!.rows.length} người được mời.`);
    await timeIt("Mở màn hình điểm danh (getAttendanceSheet)", () => getAttendanceSheet(actor, meeting.id));
    await timeIt("Lưu 1.000 dấu điểm danh (saveAttendance)", (i) =>
      saveAttendance(actor, {
        meetingId: meeting.id,
        marks: sheet!.rows.map((r) => ({
          memberId: r.memberId,
          attendance: i % 2 ? "PRESENT" : "EXCUSED",
          reason: i % 2 ? "" : "Đi công tác",
        })),
      }),
    );
    const present = await db.meetingInvitee.count({
      where: { meetingId: meeting.id, attendance: { not: null } },
    });
    // Opening: 2 queries (the meeting, then every invitee in one join). Saving: 5 statements in one
    // transaction (load, version bump, current marks, one UPDATE … FROM unnest, audit), whatever N.
    console.log(`Kiểm tra: ${present}/${N} đã điểm danh.`);
    await db.$disconnect();
  } finally {
    await pg.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => (console.error(e), process.exit(1)),
);
