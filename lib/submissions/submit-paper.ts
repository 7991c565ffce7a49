import "server-only";
// The CĐCS sends one paper of one year to its cấp trên (decision 0089): the paper is built by its own
// screen's data function and frozen with its payload as version n + 1. A SUBMITTED or RETURNED
// version before it is SUPERSEDED; an ACCEPTED one stays as the cấp trên accepted it.
import { writeAudit } from "@/lib/audit/log";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import type { ReportDoc } from "@/lib/document/blocks";
import { bchSigners } from "@/lib/document/issue";
import { applyIssueOptions } from "@/lib/document/signer";
import { conflict, forbidden } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import type { z } from "@/lib/validation";
import { freezeDocs } from "./frozen";
import { inSentence, paperLabel } from "./labels";
import { lockPaper } from "./lock";
import { buildPaper } from "./papers/build";
import { PAYLOAD_SCHEMAS } from "./payloads";
import type { submitPaperSchema } from "./schema";

type Input = z.output<typeof submitPaperSchema>;

export const NO_UPPER =
  "Công đoàn cơ sở chưa có công đoàn cấp trên trong Sổ Công đoàn, nên chưa gửi được hồ sơ qua ứng dụng. Hãy in hồ sơ và gửi theo cách thường lệ.";

export async function submitPaper(actor: Actor, input: Input) {
  if (!can(actor, "submissions.send")) throw forbidden();
  const unit = await db.unit.findUnique({
    where: { id: actor.unitId },
    select: { kind: true, parent: { select: { id: true, kind: true } } },
  });
  if (!unit || unit.kind !== "GRASSROOTS" || unit.parent?.kind !== "UPPER") throw conflict(NO_UPPER);
  const paper = await buildPaper(actor, input.kind, input.year, input.period);
  const payload = PAYLOAD_SCHEMAS[input.kind].parse(paper.payload);
  const [docs, cycle] = await Promise.all([
    issueAsSent(actor, paper.docs),
    cycleOfYear(actor.unitId, input.year),
  ]);
  const row = await db.$transaction(async (tx) => {
    // One sender at a time per paper: the version number is read and written under this lock.
    await lockPaper(tx, actor.unitId, input.year, input.kind);
    const last = await tx.submission.findFirst({
      where: { unitId: actor.unitId, year: input.year, kind: input.kind },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const superseded = await tx.submission.updateMany({
      where: {
        unitId: actor.unitId,
        year: input.year,
        kind: input.kind,
        state: { in: ["SUBMITTED", "RETURNED"] },
      },
      data: { state: "SUPERSEDED" },
    });
    const created = await tx.submission.create({
      data: {
        unitId: actor.unitId,
        year: input.year,
        kind: input.kind,
        version: (last?.version ?? 0) + 1,
        doc: freezeDocs(docs),
        payload,
        submittedById: actor.userId,
        submittedAt: clock.now(),
      },
      select: { id: true, version: true, submittedAt: true },
    });
    await writeAudit(tx, actor, {
      action: "submission.send",
      entityType: "Submission",
      entityId: created.id,
      after: {
        kind: input.kind,
        year: input.year,
        version: created.version,
        superseded: superseded.count,
        parentId: unit.parent!.id,
      },
    });
    return created;
  });
  return {
    id: row.id,
    version: row.version,
    message: `Đã gửi cấp trên ${inSentence(paperLabel(input.kind, input.year, cycle))}, bản ${row.version} ngày ${formatDate(row.submittedAt)}.`,
  };
}

/** The papers as they leave the unit: signed by whoever sends (chủ tịch, or phó chủ tịch for them), dated the day sent unless dated by their act. */
async function issueAsSent(actor: Actor, docs: ReportDoc[]) {
  const names = await bchSigners(actor.unitId);
  const signer = actor.roles.includes("chair") || !names.deputy ? "chair" : "deputy";
  const today = clock.today();
  return docs.map((d) => ({ ...applyIssueOptions(d, { signer }, names), date: d.date ?? today }));
}
