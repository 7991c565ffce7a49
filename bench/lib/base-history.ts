// Ten years of member history for the bench unit, all in set-based SQL over "Member":
// tổ memberships (30 % moved tổ once), lifecycle events, two terms of positions, audit rows.
import type { Pool } from "pg";

// A stable pseudo-random number in [0, 1) per member id and purpose.
const h = (salt: string) => `((abs(hashtext(m.id || '${salt}')) % 10000) / 10000.0)`;
// The day a member left, for the ones who did: between joining and 31/10/2026.
const EXIT_ON = `(m."joinedUnionOn" + ((DATE '2026-10-31' - m."joinedUnionOn") * (0.3 + 0.7 * ${h("exit")}))::int)`;
const MOVED = `(${h("moved")} < 0.3 AND DATE '2026-10-31' - m."joinedUnionOn" > 400)`;
const MOVED_ON = `(m."joinedUnionOn" + ((LEAST(${EXIT_ON}, DATE '2026-10-31') - m."joinedUnionOn") / 2))`;
const PREV_GROUP = `('bg' || lpad(((substr(m."groupId", 3)::int + 7) % 1000)::text, 4, '0'))`;
const LEFT_STATUSES = `('LEFT', 'TRANSFERRED_OUT', 'RETIRED', 'EXPELLED')`;

export const HISTORY_STEPS: { name: string; sql: string }[] = [
  {
    name: "sinh hoạt tổ (GroupMembership)",
    sql: `INSERT INTO "GroupMembership" (id, "memberId", "groupId", "startOn", "endOn", "updatedAt")
      SELECT 'gp' || m.id, m.id, ${PREV_GROUP}, m."joinedUnionOn", ${MOVED_ON} - 1, now() FROM "Member" m WHERE ${MOVED}
      UNION ALL
      SELECT 'gc' || m.id, m.id, m."groupId", CASE WHEN ${MOVED} THEN ${MOVED_ON} ELSE m."joinedUnionOn" END,
        CASE WHEN m.status IN ${LEFT_STATUSES} THEN ${EXIT_ON} END, now() FROM "Member" m`,
  },
  {
    name: "biến động (MemberEvent)",
    sql: `INSERT INTO "MemberEvent" (id, "memberId", type, "effectiveOn", reason, "fromGroupId", "toGroupId", "createdAt", "updatedAt")
      SELECT 'ea' || m.id, m.id, 'ADMITTED'::"MemberEventType", m."joinedUnionOn", NULL, NULL, CASE WHEN ${MOVED} THEN ${PREV_GROUP} ELSE m."groupId" END,
        m."joinedUnionOn"::timestamp + interval '9 hours', now() FROM "Member" m
      UNION ALL
      SELECT 'eg' || m.id, m.id, 'GROUP_CHANGED'::"MemberEventType", ${MOVED_ON}, 'Điều chuyển theo sản xuất', ${PREV_GROUP}, m."groupId",
        ${MOVED_ON}::timestamp + interval '9 hours', now() FROM "Member" m WHERE ${MOVED}
      UNION ALL
      SELECT 'ex' || m.id, m.id, m.status::text::"MemberEventType", ${EXIT_ON},
        CASE m.status WHEN 'EXPELLED' THEN 'Quyết định số 12/QĐ-CĐCS' WHEN 'LEFT' THEN 'Nghỉ việc' ELSE NULL END,
        m."groupId", NULL, ${EXIT_ON}::timestamp + interval '9 hours', now() FROM "Member" m WHERE m.status IN ${LEFT_STATUSES}
      UNION ALL
      SELECT 'es' || m.id, m.id, 'SUSPENDED'::"MemberEventType", ${EXIT_ON}, 'Nghỉ không lương', NULL, NULL, ${EXIT_ON}::timestamp + interval '9 hours', now()
        FROM "Member" m WHERE m.status = 'SUSPENDED'`,
  },
  {
    name: "chức vụ tổ (Position)",
    // The first member of each tổ leads it, the second is deputy; in the earlier term the third led it.
    sql: `WITH ranked AS (SELECT id, "groupId", row_number() OVER (PARTITION BY "groupId" ORDER BY id) AS k FROM "Member")
      INSERT INTO "Position" (id, "termId", "memberId", office, "groupId", "startOn", "endOn", "decisionRef", "updatedAt")
      SELECT 'pl' || id, 'bench-term-2023', id, CASE k WHEN 1 THEN 'GROUP_LEADER'::"PositionRole" ELSE 'GROUP_DEPUTY' END, "groupId",
        DATE '2023-06-15', NULL, 'Biên bản bầu tổ trưởng', now() FROM ranked WHERE k <= 2
      UNION ALL
      SELECT 'po' || id, 'bench-term-2018', id, 'GROUP_LEADER'::"PositionRole", "groupId", DATE '2018-06-15', DATE '2023-06-14', NULL, now() FROM ranked WHERE k = 3`,
  },
  {
    name: "nhật ký (AuditLog)",
    sql: `INSERT INTO "AuditLog" ("actorUserId", action, "entityType", "entityId", after, at, "createdAt", "updatedAt")
      SELECT 'bench-user-chair', 'member.create', 'Member', m.id, jsonb_build_object('fullName', m."fullName", 'groupId', m."groupId"),
        m."joinedUnionOn"::timestamp + interval '10 hours', now(), now() FROM "Member" m`,
  },
];

/** BCH and UBKT of both terms: the third member of tổ 1…22 (always active) hold the offices now. */
export async function insertOfficers(pool: Pool, third: (g: number) => string) {
  const rows: [string, string, string, string | null, string, string | null][] = [];
  rows.push([`pc-chair`, "bench-term-2023", third(1), null, "CHAIR", null]);
  rows.push([`pc-vice1`, "bench-term-2023", third(2), null, "VICE_CHAIR", null]);
  rows.push([`pc-vice2`, "bench-term-2023", third(3), null, "VICE_CHAIR", null]);
  for (let g = 4; g <= 17; g++)
    rows.push([`pc-bch${g}`, "bench-term-2023", third(g), null, "BCH_MEMBER", null]);
  rows.push([`pc-ubkt`, "bench-term-2023", third(18), null, "UBKT_CHAIR", null]);
  for (let g = 19; g <= 22; g++)
    rows.push([`pc-ubkt${g}`, "bench-term-2023", third(g), null, "UBKT_MEMBER", null]);
  for (let g = 23; g <= 37; g++)
    rows.push([
      `po-bch${g}`,
      "bench-term-2018",
      third(g),
      null,
      g === 23 ? "CHAIR" : "BCH_MEMBER",
      "2023-06-14",
    ]);
  await pool.query(
    `INSERT INTO "Position" (id, "termId", "memberId", office, "groupId", "startOn", "endOn", "decisionRef", "updatedAt")
     SELECT id, term, member, office::"PositionRole", NULL, CASE WHEN term = 'bench-term-2023' THEN DATE '2023-06-10' ELSE DATE '2018-06-10' END,
       end_on::date, 'Nghị quyết Đại hội', now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, term, member, grp, office, end_on)`,
    [0, 1, 2, 3, 4, 5].map((c) => rows.map((r) => r[c])),
  );
}
