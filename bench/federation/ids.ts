// The ids the federation cases need (shape.ts FedIds), read back from a seeded database when the
// seed's file (bench/.data/federation-ids.json) is not on this machine: a copied data directory
// carries the accounts but not the file. The same choice as the seed: its 20 chủ tịch accounts
// (chutichNN@fed.bench.vn), largest CĐCS first, and one member and tổ of each.
import { existsSync } from "node:fs";
import pg from "pg";
import { FED_IDS_FILE, readFedIds, writeFedIds, type FedIds } from "./shape";

export async function ensureFedIds(url: string): Promise<FedIds> {
  if (existsSync(FED_IDS_FILE)) return readFedIds();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string; unitId: string; members: number }>(
      `SELECT u.email, u."unitId", (SELECT count(*) FROM "Member" m WHERE m."unitId" = u."unitId")::int AS members
         FROM "User" u WHERE u.email ~ '^chutich[0-9]{2}@fed\\.bench\\.vn$' ORDER BY u.email`,
    );
    if (!rows.length)
      throw new Error("CSDL không có tài khoản benchmark liên đoàn: chạy bench:seed:federation.");
    const { rows: samples } = await client.query<{ unit: string; member: string; grp: string }>(
      `SELECT u AS unit, (SELECT min(id) FROM "Member" WHERE "unitId" = u AND status = 'ACTIVE') AS member,
              (SELECT min(id) FROM "Group" WHERE "unitId" = u) AS grp
         FROM unnest($1::text[]) AS u`,
      [rows.map((r) => r.unitId)],
    );
    const { rows: sub } = await client.query(`SELECT 1 FROM "Submission" LIMIT 1`);
    const ids: FedIds = {
      upperEmail: "captren@fed.bench.vn",
      chairs: rows,
      sample: Object.fromEntries(samples.map((s) => [s.unit, { memberId: s.member, groupId: s.grp }])),
      submissions: sub.length > 0,
    };
    writeFedIds(ids);
    return ids;
  } finally {
    await client.end();
  }
}
