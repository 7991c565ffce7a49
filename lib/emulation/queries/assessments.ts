import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { assessmentScope, registrationScope } from "../scope";
import { getYearTemplate } from "./years";

/**
 * One member's self-assessment for a year, with the template and the commitments of their
 * approved registration: the form, the tổ trưởng's view and the phiếu all read this.
 * Outside the actor's scope → null (not found).
 */
export async function getAssessmentView(actor: Actor, yearId: string, memberId: string) {
  const member = await db.member.findFirst({
    where: { id: memberId, unitId: actor.unitId },
    select: {
      id: true,
      fullName: true,
      gender: true,
      jobTitle: true,
      groupId: true,
      group: { select: { name: true } },
    },
  });
  if (!member) return null;
  const mine = actor.memberId === memberId && can(actor, "emulation.self");
  const allowed =
    mine ||
    can(actor, "emulation.read.all") ||
    (can(actor, "emulation.read.group") && actor.ledGroupIds.includes(member.groupId));
  if (!allowed) return null;
  const template = await getYearTemplate(actor.unitId, yearId);
  if (!template) return null;
  const [assessment, registration] = await Promise.all([
    db.emulationSelfAssessment.findFirst({
      where: { AND: [assessmentScope(actor), { yearId, memberId }] },
      select: {
        id: true,
        state: true,
        comment: true,
        totalPoints: true,
        proposedLevel: true,
        submittedAt: true,
        returnedAt: true,
        returnReason: true,
        scores: { select: { criterionId: true, selfPoints: true, groupPoints: true, explanation: true } },
        outcomes: { select: { commitmentId: true, result: true, evidence: true } },
      },
    }),
    db.emulationRegistration.findFirst({
      where: { AND: [registrationScope(actor), { yearId, memberId }] },
      select: {
        id: true,
        state: true,
        titleIds: true,
        movementIds: true,
        commitments: {
          orderBy: { position: "asc" },
          select: { id: true, kind: true, content: true, target: true },
        },
      },
    }),
  ]);
  return { member, template, assessment, registration, mine };
}
export type AssessmentView = NonNullable<Awaited<ReturnType<typeof getAssessmentView>>>;
