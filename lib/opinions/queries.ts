import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { toDateInput, todayInVietnam } from "@/lib/format";
import type { OpinionStatus, Prisma } from "@/lib/generated/prisma/client";

export const OPINION_PAGE_SIZE = 20;

// What the BCH sees of an opinion. senderMemberId is never selected here: an anonymous
// opinion has no author (authorMemberId is null), so no name can reach the page or an export.
const INBOX_SELECT = {
  id: true,
  topic: true,
  body: true,
  status: true,
  isAnonymous: true,
  createdAt: true,
  answer: true,
  answeredAt: true,
  author: { select: { fullName: true, group: { select: { name: true } } } },
  meeting: { select: { id: true, title: true } },
  answeredBy: { select: { email: true, member: { select: { fullName: true } } } },
} satisfies Prisma.OpinionSelect;

// The day it was sent ("yyyy-MM-dd", Vietnam), never the moment: an anonymous opinion's moment
// could be matched with a sign-in (docs/security.md). Named ones are shown the same way.
const shape = (o: Prisma.OpinionGetPayload<{ select: typeof INBOX_SELECT }>) => ({
  id: o.id,
  topic: o.topic,
  body: o.body,
  status: o.status,
  isAnonymous: o.isAnonymous,
  sentOn: toDateInput(todayInVietnam(o.createdAt)),
  answer: o.answer,
  answeredAt: o.answeredAt,
  authorName: o.author?.fullName ?? null,
  authorGroup: o.author?.group.name ?? null,
  meeting: o.meeting,
  answeredByName: o.answeredBy ? (o.answeredBy.member?.fullName ?? o.answeredBy.email) : null,
});
export type InboxOpinion = ReturnType<typeof shape>;

/** The BCH's inbox (opinions.read.all), newest first, with counts per status. */
export async function findOpinionInbox(actor: Actor, p: { status: OpinionStatus | ""; page: number }) {
  if (!can(actor, "opinions.read.all")) return null;
  const where: Prisma.OpinionWhereInput = { unitId: actor.unitId, ...(p.status ? { status: p.status } : {}) };
  const [total, rows, byStatus] = await Promise.all([
    db.opinion.count({ where }),
    db.opinion.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (p.page - 1) * OPINION_PAGE_SIZE,
      take: OPINION_PAGE_SIZE,
      select: INBOX_SELECT,
    }),
    db.opinion.groupBy({ by: ["status"], where: { unitId: actor.unitId }, _count: { _all: true } }),
  ]);
  const counts = { NEW: 0, IN_PROGRESS: 0, ANSWERED: 0 } as Record<OpinionStatus, number>;
  for (const s of byStatus) counts[s.status] = s._count._all;
  return {
    rows: rows.map(shape),
    total,
    counts,
    page: p.page,
    pageCount: Math.max(1, Math.ceil(total / OPINION_PAGE_SIZE)),
  };
}

/** Opinions raised in one meeting, as the BCH sees them. */
export async function findMeetingOpinions(actor: Actor, meetingId: string) {
  if (!can(actor, "opinions.read.all")) return [];
  const rows = await db.opinion.findMany({
    where: { unitId: actor.unitId, meetingId },
    orderBy: { createdAt: "asc" },
    select: INBOX_SELECT,
  });
  return rows.map(shape);
}

/** A member's own opinions, anonymous ones included, with the BCH's answers. */
export async function findMyOpinions(actor: Actor) {
  if (!actor.memberId) return [];
  return db.opinion.findMany({
    where: { unitId: actor.unitId, senderMemberId: actor.memberId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      topic: true,
      body: true,
      status: true,
      isAnonymous: true,
      createdAt: true,
      answer: true,
      answeredAt: true,
      meeting: { select: { title: true } },
    },
  });
}
