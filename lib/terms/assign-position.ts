import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { parseDateInput } from "@/lib/validation";
import { lockPositions } from "./lock-positions";
import type { AssignPositionData } from "./schema";
import { checkAssignment, isGroupRole } from "./service";

/** Gives a member an office in a term from a date, checked against the offices already held. */
export async function assignPosition(actor: Actor, input: AssignPositionData) {
  const groupId = isGroupRole(input.office) ? input.groupId : null;
  const { term, member } = await loadAssignment(actor, input, groupId);
  const startOn = parseDateInput(input.startOn)!;

  return db.$transaction(async (tx) => {
    await lockPositions(tx, actor.unitId);
    const existing = await tx.position.findMany({
      where: { term: { unitId: actor.unitId }, OR: [{ office: input.office }, { memberId: member.id }] },
      select: {
        memberId: true,
        office: true,
        groupId: true,
        startOn: true,
        endOn: true,
        member: { select: { fullName: true } },
      },
    });
    const problem = checkAssignment({
      office: input.office,
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
      office: input.office,
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
}

/** The term, the member and the tổ of the assignment, all in the actor's unit. */
async function loadAssignment(actor: Actor, input: AssignPositionData, groupId: string | null) {
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
  return { term, member };
}
