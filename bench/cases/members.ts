// Benchmark cases of the member pages: list, search (with and without diacritics, by số thẻ),
// detail, the tổ list, the dashboard and one action (update a member).
import { toFormValues } from "../../lib/members/mapping";
import { rawActor } from "../lib/raw-common";
import { dashboardParams, rawDashboard } from "../lib/raw-dashboard";
import type { BenchCase, BenchCtx } from "../lib/types";

const LIST_COLS = `m.id, m."fullName", m.gender, m."dateOfBirth", m."cardNumber", m."joinedUnionOn", m.status, m."jobTitle", g.id AS gid, g.name AS gname`;
const CURRENT = `m.status IN ('ACTIVE', 'SUSPENDED')`;

async function rawList(ctx: BenchCtx, as: "chair" | "leader", extra = "", params: unknown[] = []) {
  const { ids, pool } = ctx;
  await rawActor(pool, ids.users[as], ids.unitId);
  const scope = as === "chair" ? `m."unitId" = $1` : `m."unitId" = $1 AND m."groupId" = '${ids.groupIds[0]}'`;
  const where = `${scope} AND ${CURRENT}${extra}`;
  await Promise.all([
    pool.query(`SELECT count(*) FROM "Member" m WHERE ${where}`, [ids.unitId, ...params]),
    pool.query(
      `SELECT ${LIST_COLS} FROM "Member" m JOIN "Group" g ON g.id = m."groupId" WHERE ${where} ORDER BY m."sortName", m.id LIMIT 20`,
      [ids.unitId, ...params],
    ),
    pool.query(
      `SELECT id, name FROM "Group" WHERE "unitId" = $1 AND "archivedAt" IS NULL ${as === "chair" ? "" : `AND id = '${ids.groupIds[0]}'`} ORDER BY name`,
      [ids.unitId],
    ),
  ]);
}

const searchRaw = (text: string) => (ctx: BenchCtx) =>
  rawList(
    ctx,
    "chair",
    ` AND (m."searchName" LIKE '%' || $2 || '%' OR m."cardNumber" LIKE '%' || $3 || '%')`,
    [text, text],
  );

let phoneSeq = 0;
let target: { id: string; version: number; values: ReturnType<typeof toFormValues> } | null = null;

export const cases: BenchCase[] = [
  {
    name: "Danh sách đoàn viên (trang 1)",
    kind: "list",
    run: (c) => c.get("/members", "chair").then(() => {}),
    raw: (c) => rawList(c, "chair"),
  },
  {
    name: "Danh sách đoàn viên (trang 50, theo ngày vào CĐ)",
    kind: "list",
    run: (c) => c.get("/members?page=50&sort=-joined", "chair").then(() => {}),
    raw: async (c) => {
      await rawActor(c.pool, c.ids.users.chair, c.ids.unitId);
      await Promise.all([
        c.pool.query(`SELECT count(*) FROM "Member" m WHERE m."unitId" = $1 AND ${CURRENT}`, [c.ids.unitId]),
        c.pool.query(
          `SELECT ${LIST_COLS} FROM "Member" m JOIN "Group" g ON g.id = m."groupId" WHERE m."unitId" = $1 AND ${CURRENT} ORDER BY m."joinedUnionOn" DESC, m."sortName" OFFSET 980 LIMIT 20`,
          [c.ids.unitId],
        ),
        c.pool.query(
          `SELECT id, name FROM "Group" WHERE "unitId" = $1 AND "archivedAt" IS NULL ORDER BY name`,
          [c.ids.unitId],
        ),
      ]);
    },
  },
  {
    name: "Danh sách tổ mình (tổ trưởng, tổ 240 người)",
    kind: "list",
    run: (c) => c.get("/members", "leader").then(() => {}),
    raw: (c) => rawList(c, "leader"),
  },
  {
    name: "Tìm theo tên có dấu “Nguyễn Thị Lan”",
    kind: "search",
    run: (c) => c.get(`/members?q=${encodeURIComponent("Nguyễn Thị Lan")}`, "chair").then(() => {}),
    raw: searchRaw("nguyen thi lan"),
  },
  {
    name: "Tìm theo tên không dấu “tran van hung”",
    kind: "search",
    run: (c) => c.get("/members?q=tran+van+hung", "chair").then(() => {}),
    raw: searchRaw("tran van hung"),
  },
  {
    name: "Tìm theo số thẻ “7910012345”",
    kind: "search",
    run: (c) => c.get("/members?q=7910012345", "chair").then(() => {}),
    raw: searchRaw("7910012345"),
  },
  {
    name: "Hồ sơ đoàn viên (BCH xem, có ghi nhật ký đọc)",
    kind: "detail",
    run: (c) => c.get(`/members/${c.ids.memberIdOf.leader}`, "chair").then(() => {}),
    raw: async ({ pool, ids }) => {
      const id = ids.memberIdOf.leader;
      await rawActor(pool, ids.users.chair, ids.unitId);
      await pool.query(
        `SELECT m.*, g.name AS gname, u.email FROM "Member" m JOIN "Group" g ON g.id = m."groupId" LEFT JOIN "User" u ON u."memberId" = m.id WHERE m.id = $1 AND m."unitId" = $2`,
        [id, ids.unitId],
      );
      await pool.query(
        `INSERT INTO "AuditLog" ("actorUserId", action, "entityType", "entityId") VALUES ($1, 'member.read', 'Member', $2)`,
        [ids.users.chair, id],
      );
      await Promise.all([
        pool.query(
          `SELECT * FROM "MemberEvent" WHERE "memberId" = $1 ORDER BY "effectiveOn" DESC, "createdAt" DESC`,
          [id],
        ),
        pool.query(
          `SELECT p.id, p.office, p."startOn", p."endOn", g.name, t.name FROM "Position" p LEFT JOIN "Group" g ON g.id = p."groupId" JOIN "Term" t ON t.id = p."termId" WHERE p."memberId" = $1 ORDER BY p."startOn" DESC`,
          [id],
        ),
        pool.query(
          `SELECT * FROM "AuditLog" WHERE "entityType" = 'Member' AND "entityId" = $1 ORDER BY at DESC LIMIT 100`,
          [id],
        ),
        pool.query(
          `SELECT id, name FROM "Group" WHERE "unitId" = $1 AND "archivedAt" IS NULL ORDER BY name`,
          [ids.unitId],
        ),
      ]);
    },
  },
  {
    name: "Danh sách tổ công đoàn (1.000 tổ)",
    kind: "list",
    run: (c) => c.get("/groups", "chair").then(() => {}),
    raw: async ({ pool, ids }) => {
      await rawActor(pool, ids.users.chair, ids.unitId);
      await Promise.all([
        pool.query(`SELECT id, name, "archivedAt" FROM "Group" WHERE "unitId" = $1 ORDER BY name`, [
          ids.unitId,
        ]),
        pool.query(
          `SELECT "groupId", count(*) FROM "Member" WHERE "unitId" = $1 AND status IN ('ACTIVE', 'SUSPENDED') GROUP BY "groupId"`,
          [ids.unitId],
        ),
        pool.query(
          `SELECT p.office, p."groupId", m.id, m."fullName" FROM "Position" p JOIN "Group" g ON g.id = p."groupId" JOIN "Member" m ON m.id = p."memberId"
          WHERE p.office IN ('GROUP_LEADER', 'GROUP_DEPUTY') AND g."unitId" = $1 AND p."startOn" <= CURRENT_DATE AND (p."endOn" IS NULL OR p."endOn" >= CURRENT_DATE) ORDER BY p."startOn"`,
          [ids.unitId],
        ),
      ]);
    },
  },
  {
    name: "Tổng quan (dashboard)",
    kind: "report",
    run: (c) => c.get("/dashboard", "chair").then(() => {}),
    // The year dashboard (lib/dashboard): member counts, due tiles, stages and charts.
    raw: async ({ pool, ids }) => {
      await rawActor(pool, ids.users.chair, ids.unitId);
      await rawDashboard(pool, dashboardParams(ids.unitId, null));
    },
  },
  {
    name: "Tổng quan của tổ (tổ trưởng)",
    kind: "report",
    run: (c) => c.get("/dashboard", "leader").then(() => {}),
    raw: async ({ pool, ids }) => {
      await rawActor(pool, ids.users.leader, ids.unitId);
      await rawDashboard(pool, dashboardParams(ids.unitId, ids.groupIds[0]));
    },
  },
  {
    name: "Sửa hồ sơ đoàn viên (server action updateMember)",
    kind: "action",
    setup: async ({ pool, ids }) => {
      const { rows } = await pool.query(`SELECT * FROM "Member" WHERE id = $1`, [ids.memberIdOf.member]);
      target = { id: rows[0].id, version: rows[0].version ?? 0, values: toFormValues(rows[0]) };
    },
    run: async (c) => {
      const phone = `09${String(10_000_000 + ++phoneSeq).slice(-8)}`;
      // The edit form sends the version it loaded (optimistic locking); each save bumps it.
      await c.action(
        "members.updateMemberAction",
        { id: target!.id, version: target!.version, values: { ...target!.values, phone } },
        "chair",
        `/members/${target!.id}/edit`,
      );
      target!.version++;
    },
    raw: async ({ pool, ids }) => {
      const id = target!.id;
      await rawActor(pool, ids.users.chair, ids.unitId);
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(`SELECT * FROM "Member" WHERE id = $1 AND "unitId" = $2 FOR UPDATE`, [
          id,
          ids.unitId,
        ]);
        await client.query(`SELECT id FROM "Group" WHERE id = $1 AND "unitId" = $2`, [
          target!.values.groupId,
          ids.unitId,
        ]);
        await client.query(`UPDATE "Member" SET phone = $2, "updatedAt" = now() WHERE id = $1`, [
          id,
          `09${String(20_000_000 + ++phoneSeq).slice(-8)}`,
        ]);
        await client.query(
          `INSERT INTO "AuditLog" ("actorUserId", action, "entityType", "entityId", before, after) VALUES ($1, 'member.update', 'Member', $2, '{}', '{}')`,
          [ids.users.chair, id],
        );
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    },
  },
];
