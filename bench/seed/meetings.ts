// Ten years (2017–2026) of meetings for the 60,000-member bench unit, in set-based SQL: a BCH
// meeting each month, a sinh hoạt each quarter for every one of the 1,000 tổ (every member of the
// tổ invited, with marks), a yearly hội nghị, and one held meeting of 2026 inviting 1,000 members
// (the attendance-screen case). About 2.4 million invitee rows.
import type { Pool } from "pg";
import { bulkLoad } from "../lib/bulk-load";
import type { BenchSeed } from "../lib/types";

export const BIG_MEETING_TITLE = "Hội nghị đại biểu (bench, 1.000 người)";

export const seedMeetingsBench: BenchSeed = async (pool: Pool, ids) => {
  const u = ids.unitId;
  const chair = ids.memberIdOf.chair;
  await pool.query(
    `INSERT INTO "Meeting"(id, "unitId", "groupId", type, year, number, title, "startsAt", "endsAt", place, "chairMemberId", "secretaryMemberId", status, "signedAt", "updatedAt")
     SELECT 'bmb-' || y || '-' || mo, $1, NULL, 'BCH_REGULAR', y, mo, 'Họp BCH thường kỳ tháng ' || mo || '/' || y,
            make_timestamptz(y, mo, 5, 14, 0, 0, 'Asia/Ho_Chi_Minh'), make_timestamptz(y, mo, 5, 16, 0, 0, 'Asia/Ho_Chi_Minh'),
            'Phòng họp', $2, $2, CASE WHEN y = 2026 AND mo = 12 THEN 'PLANNED' ELSE 'MINUTES_SIGNED' END::"MeetingStatus",
            CASE WHEN y = 2026 AND mo = 12 THEN NULL ELSE make_timestamptz(y, mo, 6, 9, 0, 0, 'Asia/Ho_Chi_Minh') END, now()
     FROM generate_series(2017, 2026) y, generate_series(1, 12) mo`,
    [u, chair],
  );
  await pool.query(
    `INSERT INTO "Meeting"(id, "unitId", "groupId", type, year, number, title, "startsAt", place, status, "updatedAt")
     SELECT 'bmg-' || y || '-' || q || '-' || g.n, $1, g.id, 'GROUP', y, 100 + q * 10000 + g.n::int, 'Sinh hoạt tổ quý ' || q || '/' || y,
            make_timestamptz(y, q * 3, 10 + (g.n::int % 15), 16, 30, 0, 'Asia/Ho_Chi_Minh'), 'Phòng tổ',
            CASE WHEN y = 2026 AND q = 4 THEN 'PLANNED' ELSE 'MINUTES_SIGNED' END::"MeetingStatus", now()
     FROM generate_series(2017, 2026) y, generate_series(1, 4) q, unnest($2::text[]) WITH ORDINALITY AS g(id, n)`,
    [u, ids.groupIds],
  );
  await pool.query(
    `INSERT INTO "Meeting"(id, "unitId", type, year, number, title, "startsAt", place, "chairMemberId", status, "updatedAt")
     SELECT 'bmc-' || y, $1, 'CONFERENCE_STAFF', y, 99, 'Hội nghị CBCCVC năm ' || y, make_timestamptz(y, 1, 15, 7, 30, 0, 'Asia/Ho_Chi_Minh'), 'Hội trường', $2, 'MINUTES_SIGNED', now()
     FROM generate_series(2017, 2025) y`,
    [u, chair],
  );
  await pool.query(
    `INSERT INTO "Meeting"(id, "unitId", type, year, number, title, "startsAt", place, "chairMemberId", "secretaryMemberId", status, "updatedAt")
     VALUES ('bm-big', $1, 'CONFERENCE_STAFF', 2026, 99, $2, '2026-11-20T00:30:00Z', 'Hội trường', $3, $3, 'HELD', now())`,
    [u, BIG_MEETING_TITLE, chair],
  );
  await pool.query(
    `INSERT INTO "AgendaItem"(id, "meetingId", position, title, "isMain", "updatedAt") SELECT 'ba-' || id, id, 0, 'Nội dung chính', true, now() FROM "Meeting" WHERE "unitId" = $1`,
    [u],
  );
  // Fresh tables have no statistics yet: without them the planner joins the 40,000 meetings to the
  // 60,000 members by nested loops (minutes instead of seconds).
  await pool.query(`ANALYZE "Member"; ANALYZE "Meeting";`);
  // The invitees (about 2.4 million rows) are written with the table's indexes and foreign keys
  // set aside and rebuilt afterwards (bench/lib/bulk-load.ts).
  await bulkLoad(pool, ["MeetingInvitee"], async () => {
    // Every tổ member to their tổ's meetings, marked (except the planned ones).
    await pool.query(
      `INSERT INTO "MeetingInvitee"(id, "meetingId", "memberId", attendance, "absenceReason", "updatedAt")
       SELECT md5(m.id || mem.id), m.id, mem.id,
              CASE WHEN m.status = 'PLANNED' THEN NULL WHEN r < 0.88 THEN 'PRESENT' WHEN r < 0.96 THEN 'EXCUSED' ELSE 'ABSENT' END::"Attendance",
              CASE WHEN m.status <> 'PLANNED' AND r >= 0.88 AND r < 0.96 THEN 'Ốm' END, now()
       FROM "Meeting" m JOIN "Member" mem ON mem."groupId" = m."groupId", LATERAL (SELECT random() AS r) x
       WHERE m."unitId" = $1 AND m.type = 'GROUP' AND mem.status IN ('ACTIVE', 'SUSPENDED')`,
      [u],
    );
    // The BCH meetings: the chair and 14 members of the first tổ; the hội nghị: 1,000 members each.
    await pool.query(
      `WITH bch AS (SELECT id FROM "Member" WHERE "unitId" = $1 AND ("groupId" = $2 OR id = $3) ORDER BY (id = $3) DESC, id LIMIT 15),
            big AS (SELECT id FROM "Member" WHERE "unitId" = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 1000)
       INSERT INTO "MeetingInvitee"(id, "meetingId", "memberId", attendance, "updatedAt")
       SELECT md5(m.id || b.id), m.id, b.id, CASE WHEN m.status = 'PLANNED' OR m.id = 'bm-big' THEN NULL WHEN random() < 0.9 THEN 'PRESENT' ELSE 'EXCUSED' END::"Attendance", now()
       FROM "Meeting" m JOIN LATERAL (SELECT id FROM bch WHERE m.type = 'BCH_REGULAR' UNION ALL SELECT id FROM big WHERE m.type = 'CONFERENCE_STAFF') b ON true
       WHERE m."unitId" = $1`,
      [u, ids.groupIds[0], chair],
    );
  });
  await pool.query(`ANALYZE "Meeting"; ANALYZE "MeetingInvitee";`);
};
