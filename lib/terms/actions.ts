"use server";
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { writeAudit } from "@/lib/audit/log";
import * as clock from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { parseDateInput } from "@/lib/validation";
import { assignPositionSchema, endPositionSchema, termSchema } from "./schema";
import { checkAssignment, checkEnd, findOverlappingTerm, isGroupRole } from "./service";

// Assignments are checked against the positions already held; serialise them per unit
// so that two people assigning a chủ tịch at the same moment cannot both succeed.
async function lockPositions(tx: Tx, unitId: string) {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`positions:${unitId}`}))`;
}

export const createTerm = legacyAction(
  { name: "term.create", permission: "positions.write", schema: termSchema },
  async (values, actor) => {
    const startOn = parseDateInput(values.startOn)!;
    const endOn = parseDateInput(values.endOn)!;
    const others = await db.term.findMany({
      where: { unitId: actor.unitId },
      select: { name: true, startOn: true, endOn: true },
    });
    const clash = findOverlappingTerm(others, { startOn, endOn });
    if (clash) {
      const message = `Trùng thời gian với “${clash.name}” (${formatDate(clash.startOn)} – ${formatDate(clash.endOn)}).`;
      throw invalid({ startOn: message }, message);
    }
    const term = await db.$transaction(async (tx) => {
      const t = await tx.term.create({
        data: { unitId: actor.unitId, name: values.name, startOn, endOn },
        select: { id: true },
      });
      await writeAudit(tx, actor, {
        action: "term.create",
        entityType: "Term",
        entityId: t.id,
        after: values,
      });
      return t;
    });
    revalidatePath("/terms");
    return term;
  },
);

export const assignPosition = legacyAction(
  { name: "position.assign", permission: "positions.write", schema: assignPositionSchema },
  async (input, actor) => {
    const groupId = isGroupRole(input.role) ? input.groupId : null;
    const [term, member, group] = await Promise.all([
      db.term.findFirst({
        where: { id: input.termId, unitId: actor.unitId },
        select: { id: true, startOn: true, endOn: true },
      }),
      db.member.findFirst({
        where: { id: input.memberId, unitId: actor.unitId },
        select: { id: true, status: true, groupId: true },
      }),
      groupId
        ? db.group.findFirst({
            where: { id: groupId, unitId: actor.unitId, archivedAt: null },
            select: { id: true },
          })
        : null,
    ]);
    if (!term) throw notFound();
    if (!member) throw invalid({ memberId: "Không tìm thấy đoàn viên này." });
    if (groupId && !group) throw invalid({ groupId: "Tổ công đoàn không tồn tại." });
    const startOn = parseDateInput(input.startOn)!;

    const position = await db.$transaction(async (tx) => {
      await lockPositions(tx, actor.unitId);
      const existing = await tx.position.findMany({
        where: { term: { unitId: actor.unitId }, OR: [{ role: input.role }, { memberId: member.id }] },
        select: {
          memberId: true,
          role: true,
          groupId: true,
          startOn: true,
          endOn: true,
          member: { select: { fullName: true } },
        },
      });
      const problem = checkAssignment({
        role: input.role,
        groupId,
        startOn,
        member,
        term,
        existing: existing.map(({ member: m, ...p }) => ({ ...p, memberName: m.fullName })),
      });
      if (problem) throw invalid(problem, Object.values(problem)[0]);
      const data = {
        termId: term.id,
        memberId: member.id,
        role: input.role,
        groupId,
        startOn,
        decisionRef: input.decisionRef || null,
      };
      const p = await tx.position.create({ data, select: { id: true } });
      await writeAudit(tx, actor, {
        action: "position.assign",
        entityType: "Position",
        entityId: p.id,
        after: { ...data, startOn: input.startOn },
      });
      return p;
    });
    revalidatePath("/terms");
    revalidatePath("/groups");
    return position;
  },
);

export const endPosition = legacyAction(
  { name: "position.end", permission: "positions.write", schema: endPositionSchema },
  async (input, actor) => {
    const position = await db.position.findFirst({
      where: { id: input.positionId, term: { unitId: actor.unitId } },
      select: { id: true, startOn: true, endOn: true },
    });
    if (!position) throw notFound();
    const endOn = parseDateInput(input.endOn)!;
    const problem = checkEnd(position, endOn, clock.today());
    if (problem) throw invalid(problem, Object.values(problem)[0]);
    await db.$transaction(async (tx) => {
      await tx.position.update({ where: { id: position.id }, data: { endOn } });
      await writeAudit(tx, actor, {
        action: "position.end",
        entityType: "Position",
        entityId: position.id,
        before: { endOn: position.endOn },
        after: { endOn: input.endOn },
      });
    });
    revalidatePath("/terms");
    revalidatePath("/groups");
    return { id: position.id };
  },
);
