import "server-only";
// The records a programme item may link to (a meeting, an emulation movement, a welfare visit):
// the label is written here from the record in the actor's unit, never taken from the browser, and
// whether each linked record is carried out (rules.ts, the done rule) is read here in three queries.
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { formatDate, formatMoney, todayInVietnam } from "@/lib/format";
import { cyclePeriod, type Cycle } from "@/lib/settings/cycle";
import { carriedOut } from "./rules";

const meetingLabel = (m: { startsAt: Date; title: string }) =>
  `${formatDate(todayInVietnam(m.startsAt))} · ${m.title}`;
const visitLabel = (v: {
  eventOn: Date;
  amount: number;
  member: { fullName: string };
  category: { name: string };
}) => `${formatDate(v.eventOn)} · ${v.category.name} · ${v.member.fullName} · ${formatMoney(v.amount)}`;
const VISIT = {
  eventOn: true,
  amount: true,
  member: { select: { fullName: true } },
  category: { select: { name: true } },
} as const;

export type Link = { linkKind: string | null; linkId: string | null; linkLabel: string | null };

/** "" → no link; "<kind>:<id>" → the record of the unit with its label, else a field error. */
export async function resolveLink(unitId: string, raw: string): Promise<Link> {
  if (!raw) return { linkKind: null, linkId: null, linkLabel: null };
  const [kind, id] = raw.split(":");
  let label: string | null = null;
  if (kind === "meeting") {
    const m = await db.meeting.findFirst({ where: { id, unitId }, select: { startsAt: true, title: true } });
    label = m && meetingLabel(m);
  } else if (kind === "movement") {
    const m = await db.emulationMovement.findFirst({ where: { id, unitId }, select: { name: true } });
    label = m?.name ?? null;
  } else if (kind === "welfareVisit") {
    const v = await db.welfareVisit.findFirst({ where: { id, unitId }, select: VISIT });
    label = v && visitLabel(v);
  }
  if (!label) throw invalid({ link: "Không tìm thấy hồ sơ thực hiện này trong đơn vị." });
  return { linkKind: kind, linkId: id, linkLabel: label };
}

/** For each item (by its link), whether the linked record is carried out as of today. */
export async function carriedOutLinks(
  unitId: string,
  year: number,
  items: { id: string; linkKind: string | null; linkId: string | null }[],
): Promise<Set<string>> {
  const ids = (kind: string) => items.filter((i) => i.linkKind === kind).map((i) => i.linkId!);
  const [meetings, launches, visits] = await Promise.all([
    db.meeting.findMany({
      where: { unitId, id: { in: ids("meeting") } },
      select: { id: true, status: true },
    }),
    db.emulationYearMovement.findMany({
      where: { movementId: { in: ids("movement") }, year: { unitId, year } },
      select: { movementId: true, launchedOn: true },
    }),
    db.welfareVisit.findMany({
      where: { unitId, id: { in: ids("welfareVisit") } },
      select: { id: true, state: true },
    }),
  ]);
  const today = clock.today();
  const done = new Set<string>([
    ...meetings
      .filter((m) => carriedOut({ kind: "meeting", status: m.status }))
      .map((m) => `meeting:${m.id}`),
    ...launches
      .filter((l) => carriedOut({ kind: "movement", launchedOn: l.launchedOn, today }))
      .map((l) => `movement:${l.movementId}`),
    ...visits
      .filter((v) => carriedOut({ kind: "welfareVisit", state: v.state }))
      .map((v) => `welfareVisit:${v.id}`),
  ]);
  return new Set(items.filter((i) => done.has(`${i.linkKind}:${i.linkId}`)).map((i) => i.id));
}

export type LinkOption = { value: string; label: string };

/** What the BCH may link in a cycle year: its meetings and welfare visits, the unit's movements. */
export async function findLinkOptions(unitId: string, year: number, c: Cycle) {
  const { startsOn, endsOn } = cyclePeriod(year, c);
  const end = new Date(endsOn.getTime() + 86_400_000);
  const [meetings, movements, visits] = await Promise.all([
    db.meeting.findMany({
      where: { unitId, startsAt: { gte: new Date(startsOn.getTime() - 7 * 3600_000), lt: end } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 300,
      select: { id: true, startsAt: true, title: true },
    }),
    db.emulationMovement.findMany({
      where: { unitId, archivedAt: null },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.welfareVisit.findMany({
      where: { unitId, eventOn: { gte: startsOn, lte: endsOn }, state: { not: "CANCELLED" } },
      orderBy: [{ eventOn: "asc" }, { id: "asc" }],
      take: 300,
      select: { id: true, ...VISIT },
    }),
  ]);
  return [
    {
      label: "Cuộc họp",
      options: meetings.map((m) => ({ value: `meeting:${m.id}`, label: meetingLabel(m) })),
    },
    {
      label: "Phong trào thi đua",
      options: movements.map((m) => ({ value: `movement:${m.id}`, label: m.name })),
    },
    {
      label: "Thăm hỏi",
      options: visits.map((v) => ({ value: `welfareVisit:${v.id}`, label: visitLabel(v) })),
    },
  ];
}
