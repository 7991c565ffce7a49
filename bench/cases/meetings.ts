// Benchmark cases of the meetings pages: the list (BCH and a tổ trưởng), the attendance screen of
// a meeting with 1,000 invitees (open, and save all 1,000 marks in one action).
import { rawActor } from "../lib/raw-common";
import type { BenchCase, BenchCtx } from "../lib/types";

const BIG = "bm-big";
let flip = false;

async function rawList(ctx: BenchCtx, where: string, params: unknown[]) {
  await rawActor(ctx.pool, ctx.ids.users.chair, ctx.ids.unitId);
  const list = await ctx.pool.query(
    `SELECT m.id FROM "Meeting" m WHERE ${where} ORDER BY m."startsAt" DESC, m.id LIMIT 20`,
    params,
  );
  await Promise.all([
    ctx.pool.query(`SELECT count(*) FROM "Meeting" m WHERE ${where}`, params),
    ctx.pool.query(
      `SELECT "meetingId", attendance, count(*) FROM "MeetingInvitee" WHERE "meetingId" = ANY($1::text[]) GROUP BY 1, 2`,
      [list.rows.map((r) => r.id)],
    ),
  ]);
}

export const cases: BenchCase[] = [
  {
    name: "Danh sách cuộc họp (BCH, trang 1)",
    kind: "list",
    targetP95Ms: 150,
    run: (c) => c.get("/meetings", "chair").then(() => {}),
    raw: (c) => rawList(c, `m."unitId" = $1`, [c.ids.unitId]),
  },
  {
    name: "Danh sách cuộc họp năm 2026, sinh hoạt tổ",
    kind: "list",
    targetP95Ms: 150,
    run: (c) => c.get("/meetings?year=2026&type=GROUP", "chair").then(() => {}),
    raw: (c) => rawList(c, `m."unitId" = $1 AND m.year = 2026 AND m.type = 'GROUP'`, [c.ids.unitId]),
  },
  {
    name: "Cuộc họp của tổ mình (tổ trưởng)",
    kind: "list",
    targetP95Ms: 150,
    run: (c) => c.get("/meetings", "leader").then(() => {}),
    raw: (c) => rawList(c, `m."unitId" = $1 AND m."groupId" = $2`, [c.ids.unitId, c.ids.groupIds[0]]),
  },
  {
    name: "Mở màn hình điểm danh (1.000 người được mời)",
    kind: "detail",
    run: (c) => c.get(`/meetings/${BIG}/attendance`, "chair").then(() => {}),
    raw: async ({ pool }) => {
      await pool.query(`SELECT id, title, "startsAt", place, status FROM "Meeting" WHERE id = $1`, [BIG]);
      await pool.query(
        `SELECT i."memberId", m."fullName", m."searchName", g.name, i.attendance, i."absenceReason" FROM "MeetingInvitee" i JOIN "Member" m ON m.id = i."memberId" JOIN "Group" g ON g.id = m."groupId" WHERE i."meetingId" = $1 ORDER BY m."sortName", m.id`,
        [BIG],
      );
    },
  },
  {
    name: "Lưu điểm danh 1.000 người (một câu lệnh SQL)",
    kind: "action",
    run: async (c) => {
      const { rows } = await c.pool.query<{ memberId: string }>(
        `SELECT "memberId" FROM "MeetingInvitee" WHERE "meetingId" = $1`,
        [BIG],
      );
      // Alternate all present / all excused so that every run really changes 1,000 rows.
      flip = !flip;
      const marks = rows.map((r) => ({
        memberId: r.memberId,
        attendance: flip ? "PRESENT" : "EXCUSED",
        reason: flip ? "" : "Đi công tác",
      }));
      await c.action(
        "meetings.saveAttendance",
        { meetingId: BIG, marks },
        "chair",
        `/meetings/${BIG}/attendance`,
      );
    },
  },
];
