import "server-only";
// The quyết định khen thưởng of a cấp trên as the document engine's ReportDoc (decision 0090):
// loaded for the actor's own unit only (another cấp trên's decision is "not found").
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { unitHeader, UNIT_HEADER_SELECT } from "../printed-parent";
import { decisionDoc } from "./decision-doc";

export async function getDecisionPaper(actor: Pick<Actor, "unitId">, decisionId: string) {
  const d = await db.upperAwardDecision.findFirst({
    where: { id: decisionId, upperUnitId: actor.unitId },
    include: {
      lines: { where: { verdict: "AWARD" }, orderBy: [{ unitId: "asc" }, { displayName: "asc" }] },
      revoked: { orderBy: [{ unitId: "asc" }, { displayName: "asc" }], include: { decision: true } },
    },
  });
  if (!d) throw notFound();
  const unitIds = [...new Set([...d.lines, ...d.revoked].map((l) => l.unitId))];
  const [upper, units] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: UNIT_HEADER_SELECT }),
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const withUnit = <L extends { unitId: string }>(ls: L[]) =>
    ls
      .map((l) => ({ ...l, unitName: unitName.get(l.unitId) ?? "" }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"));
  return {
    decision: d,
    paper: decisionDoc({
      unit: unitHeader(upper),
      decision: d,
      lines: withUnit(d.lines),
      revoked: withUnit(d.revoked),
    }),
  };
}
