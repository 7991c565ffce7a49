import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { UNIT_HEADER_SELECT, unitHeader as printedUnit } from "@/lib/org/printed-parent";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import { getCatalogue } from "./catalogue";

const names = (ids: string[], items: { id: string; name: string }[]) =>
  items
    .filter((i) => ids.includes(i.id))
    .map((i) => i.name)
    .join("; ");

export async function unitHeader(actor: Actor) {
  const today = clock.today();
  const [unit, chair] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: UNIT_HEADER_SELECT }).then(printedUnit),
    db.position.findFirst({
      where: {
        office: "CHAIR",
        member: { unitId: actor.unitId, status: "ACTIVE" },
        startOn: { lte: today },
        OR: [{ endOn: null }, { endOn: { gte: today } }],
      },
      orderBy: { startOn: "desc" },
      select: { member: { select: { fullName: true } } },
    }),
  ]);
  return { unit, date: today, chairName: chair?.member.fullName ?? "" };
}

/**
 * "BẢN ĐĂNG KÝ THI ĐUA NĂM …": I. phong trào; II. danh hiệu tập thể; III. individual
 * registrations. Only approved registrations: this is what the CĐCS sends to the cấp trên.
 * The print page, the PDF and the Excel file all read this one function.
 */
export async function getRegistrationReport(actor: Actor, year: number) {
  const y = await db.emulationYear.findFirst({
    where: { unitId: actor.unitId, year },
    select: {
      id: true,
      year: true,
      movements: { select: { movementId: true, launchedOn: true, goal: true } },
    },
  });
  if (!y) return null;
  const [header, catalogue, regs] = await Promise.all([
    unitHeader(actor),
    getCatalogue(actor.unitId, { archived: true }),
    db.emulationRegistration.findMany({
      where: { yearId: y.id, state: "APPROVED" },
      select: {
        titleIds: true,
        movementIds: true,
        group: { select: { name: true } },
        member: { select: { fullName: true, sortName: true, group: { select: { name: true } } } },
      },
    }),
  ]);
  const individual = regs
    .filter((r) => r.member)
    .sort(
      (a, b) =>
        a.member!.group.name.localeCompare(b.member!.group.name, "vi") ||
        a.member!.sortName.localeCompare(b.member!.sortName),
    );
  const movements = catalogue.movements
    .filter((m) => y.movements.some((x) => x.movementId === m.id))
    .map((m, i) => {
      const plan = y.movements.find((x) => x.movementId === m.id)!;
      return {
        no: i + 1,
        name: m.name,
        launchedOn: formatDate(plan.launchedOn),
        goal: plan.goal ?? "",
        members: individual.filter((r) => r.movementIds.includes(m.id)).length,
      };
    });
  const collective = regs
    .filter((r) => r.group)
    .sort((a, b) => a.group!.name.localeCompare(b.group!.name, "vi"))
    .map((r, i) => ({
      no: i + 1,
      groupName: r.group!.name,
      titles: names(r.titleIds, catalogue.titles),
      movements: names(r.movementIds, catalogue.movements),
    }));
  const members = individual.map((r, i) => ({
    no: i + 1,
    fullName: r.member!.fullName,
    groupName: r.member!.group.name,
    titles: names(r.titleIds, catalogue.titles),
    movements: names(r.movementIds, catalogue.movements),
  }));
  await db.auditLog.create({
    data: {
      actorUserId: actor.userId,
      action: "emulation.registrations.export",
      entityType: "EmulationYear",
      entityId: y.id,
      after: { count: members.length },
    },
  });
  return {
    ...header,
    year: y.year,
    cycle: await cycleOfYear(actor.unitId, y.year),
    movements,
    collective,
    members,
  };
}
export type RegistrationReport = NonNullable<Awaited<ReturnType<typeof getRegistrationReport>>>;
