import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { unitHeader } from "@/lib/emulation/queries/report";

/** The unit's card requests made in a period (yyyy-MM-dd), oldest first, with the member's card details. */
export async function listCardRequests(actor: Actor, from: string, to: string) {
  return db.cardRequest.findMany({
    where: {
      unitId: actor.unitId,
      requestedOn: { gte: new Date(`${from}T00:00:00.000Z`), lte: new Date(`${to}T00:00:00.000Z`) },
    },
    orderBy: [{ requestedOn: "asc" }, { createdAt: "asc" }],
    include: {
      member: {
        select: {
          id: true,
          fullName: true,
          gender: true,
          dateOfBirth: true,
          hometown: true,
          jobTitle: true,
          cardNumber: true,
          joinedUnionOn: true,
          group: { select: { name: true } },
        },
      },
    },
  });
}
export type CardRequestRow = Awaited<ReturnType<typeof listCardRequests>>[number];

export async function cardListReport(actor: Actor, from: string, to: string) {
  const [rows, header] = await Promise.all([listCardRequests(actor, from, to), unitHeader(actor)]);
  return { rows: rows.filter((r) => r.status !== "CANCELLED"), from, to, ...header };
}
export type CardListReport = Awaited<ReturnType<typeof cardListReport>>;
