import "server-only";
// What the cấp trên's thẩm định and awards read of a CĐCS (decision 0090): its accepted submissions
// only, never its tables, and only for a unit of the actor's own subtree (another cấp trên's unit
// is "not found", as if it did not exist).
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  awardsFilePayloadSchema,
  selfRatingPayloadSchema,
  type AwardsFilePayload,
  type SelfRatingPayload,
} from "@/lib/submissions/payloads";
import { subtreeCte } from "./tree";

type Client = Tx | typeof db;

/** A CĐCS of the actor's subtree, or NOT_FOUND. */
export async function subtreeUnit(client: Client, actor: Pick<Actor, "unitId">, unitId: string) {
  const rows = await client.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT u.id, u.name FROM subtree s JOIN "Unit" u ON u.id = s.id
     WHERE u.id = ${unitId} AND u.kind = 'GRASSROOTS'`);
  if (!rows.length) throw notFound();
  return rows[0];
}

export const NO_ACCEPTED_SELF_RATING = (year: number) =>
  `Chưa có bản tự đánh giá, xếp loại của CĐCS năm ${year} được tiếp nhận. Chỉ thẩm định sau khi đã tiếp nhận hồ sơ này.`;

export type AcceptedSelfRating = { id: string; version: number; payload: SelfRatingPayload };

/** The accepted SELF_RATING of the unit's year (its latest accepted version), or null. */
export async function acceptedSelfRating(client: Client, unitId: string, year: number) {
  const s = await client.submission.findFirst({
    where: { unitId, year, kind: "SELF_RATING", state: "ACCEPTED" },
    orderBy: { version: "desc" },
    select: { id: true, version: true, payload: true },
  });
  if (!s) return null;
  return { id: s.id, version: s.version, payload: selfRatingPayloadSchema.parse(s.payload) };
}

export async function requireAcceptedSelfRating(client: Client, unitId: string, year: number) {
  const s = await acceptedSelfRating(client, unitId, year);
  if (!s) throw conflict(NO_ACCEPTED_SELF_RATING(year));
  return s;
}

export type AcceptedAwardsFile = {
  id: string;
  unitId: string;
  unitName: string;
  version: number;
  payload: AwardsFilePayload;
};

/** The accepted AWARDS_FILE of each CĐCS of the subtree for the year (latest accepted version). */
export async function acceptedAwardsFiles(client: Client, actor: Pick<Actor, "unitId">, year: number) {
  const rows = await client.$queryRaw<
    { id: string; unitId: string; unitName: string; version: number; payload: unknown }[]
  >(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT DISTINCT ON (x."unitId") x.id, x."unitId", u.name AS "unitName", x.version, x.payload
      FROM subtree s JOIN "Unit" u ON u.id = s.id JOIN "Submission" x ON x."unitId" = u.id
     WHERE x.year = ${year} AND x.kind = 'AWARDS_FILE' AND x.state = 'ACCEPTED'
     ORDER BY x."unitId", x.version DESC`);
  return rows
    .map((r) => ({ ...r, payload: awardsFilePayloadSchema.parse(r.payload) }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, "vi")) satisfies AcceptedAwardsFile[];
}

/** One accepted AWARDS_FILE submission of the subtree, or NOT_FOUND. */
export async function acceptedAwardsFile(client: Client, actor: Pick<Actor, "unitId">, submissionId: string) {
  const rows = await client.$queryRaw<
    {
      id: string;
      unitId: string;
      unitName: string;
      year: number;
      version: number;
      state: string;
      payload: unknown;
    }[]
  >(Prisma.sql`${subtreeCte(actor.unitId)}
    SELECT x.id, x."unitId", u.name AS "unitName", x.year, x.version, x.state::text AS state, x.payload
      FROM subtree s JOIN "Unit" u ON u.id = s.id JOIN "Submission" x ON x."unitId" = u.id
     WHERE x.id = ${submissionId} AND x.kind = 'AWARDS_FILE'`);
  if (!rows.length) throw notFound();
  return { ...rows[0], payload: awardsFilePayloadSchema.parse(rows[0].payload) };
}
