import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import { levelFor } from "../levels";
import { getAssessmentView } from "./assessments";
import { unitHeader } from "./report";
import { groupCriteria } from "./years";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * "PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN NĂM …" for one member: rows TT | nội dung | điểm chuẩn |
 * tự chấm | tổ CĐ chấm (empty until the tổ scores it) | giải trình. Null outside the actor's scope.
 */
export async function getAssessmentSheet(actor: Actor, yearId: string, memberId: string) {
  const view = await getAssessmentView(actor, yearId, memberId);
  if (!view || !view.assessment) return null;
  const a = view.assessment;
  const score = new Map(a.scores.map((s) => [s.criterionId, s]));
  const rows: {
    no: string;
    content: string;
    max: string;
    self: string;
    group: string;
    note: string;
    heading: boolean;
  }[] = [];
  let n = 0;
  groupCriteria(view.template.criteria).forEach((g, gi) => {
    const sum = (f: (s: { selfPoints: number; groupPoints: number | null }) => number | null) => {
      const vals = g.criteria
        .map((c) => {
          const s = score.get(c.id);
          return s ? f(s) : null;
        })
        .filter((v): v is number => v !== null);
      return vals.length ? String(vals.reduce((x, y) => x + y, 0)) : "";
    };
    rows.push({
      no: ROMAN[gi] ?? String(gi + 1),
      content: g.name,
      max: String(g.maxPoints),
      self: sum((s) => s.selfPoints),
      group: sum((s) => s.groupPoints),
      note: "",
      heading: true,
    });
    for (const c of g.criteria) {
      const s = score.get(c.id);
      rows.push({
        no: String(++n),
        content: c.content,
        max: String(c.maxPoints),
        self: s ? String(s.selfPoints) : "",
        group: s?.groupPoints != null ? String(s.groupPoints) : "",
        note: s?.explanation ?? "",
        heading: false,
      });
    }
  });
  const maxTotal = view.template.criteria.reduce((s, c) => s + c.maxPoints, 0);
  const groupScored = a.scores.some((s) => s.groupPoints !== null);
  const groupTotal = a.scores.reduce((s, x) => s + (x.groupPoints ?? 0), 0);
  const header = await unitHeader(actor);
  return {
    ...header,
    // The phiếu is dated the day the member submitted it, never the print date.
    date: a.submittedAt ?? null,
    year: view.template.year,
    cycle: await cycleOfYear(actor.unitId, view.template.year),
    member: view.member,
    state: a.state,
    rows,
    total: {
      max: String(maxTotal),
      self: String(a.totalPoints),
      group: groupScored ? String(groupTotal) : "",
    },
    selfLevel: a.proposedLevel ?? levelFor(a.totalPoints, view.template.levels) ?? "",
    comment: a.comment ?? "",
    commitments:
      view.registration?.state === "APPROVED"
        ? view.registration.commitments.map((c) => ({
            ...c,
            outcome: a.outcomes.find((o) => o.commitmentId === c.id) ?? null,
          }))
        : [],
  };
}
export type AssessmentSheet = NonNullable<Awaited<ReturnType<typeof getAssessmentSheet>>>;
