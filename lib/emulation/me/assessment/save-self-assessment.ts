import "server-only";
import { toFieldErrors } from "@/lib/action";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { z } from "@/lib/validation";
import { assessmentEnvelope, buildAssessmentSchema } from "../../assessment-schema";
import { levelFor, sumPoints } from "../../levels";
import { inAssessmentWindow, nextAssessmentState } from "../../state";

/** The member's own self-assessment, scored against the year's template, in the window. */
export async function saveSelfAssessment(actor: Actor, input: z.output<typeof assessmentEnvelope>) {
  if (!actor.memberId) throw forbidden();
  const year = await db.emulationYear.findFirst({
    where: { id: input.yearId, unitId: actor.unitId },
    select: {
      id: true,
      year: true,
      status: true,
      assessmentOpensOn: true,
      assessmentClosesOn: true,
      criteria: { select: { id: true, maxPoints: true } },
      levels: { select: { name: true, minPoints: true } },
    },
  });
  if (!year) throw notFound();
  const parsed = buildAssessmentSchema(year.criteria).safeParse(input);
  if (!parsed.success) throw invalid(toFieldErrors(parsed.error));
  const v = parsed.data;
  const memberId = actor.memberId;
  const current = await db.emulationSelfAssessment.findUnique({
    where: { yearId_memberId: { yearId: year.id, memberId } },
  });
  const to = nextAssessmentState(current?.state ?? "DRAFT", v.intent === "submit" ? "submit" : "edit");
  if (!to) throw conflict("Phiếu tự đánh giá đã nộp. Nếu cần sửa, hãy đề nghị tổ trưởng trả lại.");
  if (
    year.status !== "OPEN" ||
    !inAssessmentWindow(clock.today(), year.assessmentOpensOn, year.assessmentClosesOn, !!current?.returnedAt)
  ) {
    throw conflict(
      `Chỉ tự đánh giá được từ ${formatDate(year.assessmentOpensOn)} đến ${formatDate(year.assessmentClosesOn)}.`,
    );
  }
  const registration = await db.emulationRegistration.findFirst({
    where: { yearId: year.id, memberId, state: "APPROVED" },
    select: { commitments: { select: { id: true } } },
  });
  const commitmentIds = new Set(registration?.commitments.map((c) => c.id) ?? []);
  if (v.outcomes.some((o) => !commitmentIds.has(o.commitmentId)))
    throw invalid({ outcomes: "Có cam kết không thuộc bản đăng ký đã duyệt của bạn." });
  if (v.intent === "submit" && v.outcomes.filter((o) => o.result).length !== commitmentIds.size) {
    throw invalid({ outcomes: "Đánh giá mức thực hiện cho mọi cam kết đã đăng ký trước khi nộp." });
  }
  const scores = year.criteria.map((c) => ({ criterionId: c.id, points: v.scores[c.id] as number | null }));
  const totalPoints = sumPoints(scores.map((s) => s.points));
  const proposedLevel = levelFor(totalPoints, year.levels);
  const now = new Date();
  const data = {
    state: to,
    comment: v.comment || null,
    totalPoints,
    proposedLevel,
    ...(to === "SUBMITTED" ? { submittedAt: now } : {}),
  };
  return db.$transaction(async (tx) => {
    const a = current
      ? await tx.emulationSelfAssessment.update({
          where: { id: current.id, updatedAt: current.updatedAt },
          data,
        })
      : await tx.emulationSelfAssessment.create({ data: { ...data, yearId: year.id, memberId } });
    await tx.emulationScore.deleteMany({
      where: {
        assessmentId: a.id,
        criterionId: { in: scores.filter((s) => s.points === null).map((s) => s.criterionId) },
      },
    });
    for (const s of scores.filter((x) => x.points !== null)) {
      await tx.emulationScore.upsert({
        where: { assessmentId_criterionId: { assessmentId: a.id, criterionId: s.criterionId } },
        create: { assessmentId: a.id, criterionId: s.criterionId, selfPoints: s.points! },
        update: { selfPoints: s.points! },
      });
    }
    for (const o of v.outcomes.filter((x) => x.result)) {
      const fields = { result: o.result as "MET", evidence: o.evidence || null };
      await tx.emulationCommitmentOutcome.upsert({
        where: { assessmentId_commitmentId: { assessmentId: a.id, commitmentId: o.commitmentId } },
        create: { assessmentId: a.id, commitmentId: o.commitmentId, ...fields },
        update: fields,
      });
    }
    await writeAudit(tx, actor, {
      action: to === "SUBMITTED" ? "emulation.assessment.submit" : "emulation.assessment.save",
      entityType: "EmulationSelfAssessment",
      entityId: a.id,
      before: current ? { state: current.state, totalPoints: current.totalPoints } : null,
      after: {
        state: to,
        totalPoints,
        proposedLevel,
        scores: Object.fromEntries(scores.map((s) => [s.criterionId, s.points])),
      },
    });
    return { id: a.id, state: to, totalPoints, proposedLevel };
  });
}
