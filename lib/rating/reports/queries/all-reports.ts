import "server-only";
// The one-click PDF: every report of the year in one file. The phiếu of every member are included
// up to SHEET_LIMIT members; beyond that (a large unit) the file says so, and the phiếu are printed
// one by one or per tổ: 60,000 phiếu would be some 100,000 pages that nobody prints in one go.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getAwardsReport } from "./awards";
import { canExport } from "./context";
import { loadGroupMinutes } from "./group-minutes";
import { loadSheets } from "./member-sheet";
import { getRatingSummary } from "./summary";
import { getUnitReport } from "./unit-report";
import type { ReportDoc } from "../blocks";
import { awardsDocs } from "../docs/awards-doc";
import { minutesDoc } from "../docs/minutes-doc";
import { sheetDoc } from "../docs/sheet-doc";
import { summaryDoc } from "../docs/summary-doc";
import { unitDoc } from "../docs/unit-doc";

export const SHEET_LIMIT = 300;

export async function getAllReports(actor: Actor, year: number): Promise<ReportDoc[] | null> {
  if (!canExport(actor)) return null;
  const summary = await getRatingSummary(actor, year);
  if (!summary) return null;
  const ctx = { unit: summary.unit, date: summary.date, chairName: summary.chairName, ry: summary.ry };
  const [unit, awards, groups] = await Promise.all([
    getUnitReport(actor, year),
    getAwardsReport(actor, year),
    db.groupReview.findMany({ where: { ratingYearId: ctx.ry.id }, select: { groupId: true } }),
  ]);
  const minutes = await loadGroupMinutes(
    ctx,
    groups.map((g) => g.groupId),
  );
  const docs: ReportDoc[] = [summaryDoc(summary)];
  if (unit) docs.push(unitDoc(unit));
  if (awards) docs.push(...awardsDocs(awards));
  for (const m of minutes) docs.push(minutesDoc({ ...m, unit: ctx.unit, date: ctx.date }));
  const total = summary.list.length;
  if (total <= SHEET_LIMIT) {
    const ids = await db.memberRating.findMany({
      where: { ratingYearId: ctx.ry.id },
      orderBy: [{ group: { name: "asc" } }, { member: { sortName: "asc" } }],
      select: { memberId: true },
    });
    const sheets = await loadSheets(
      ctx,
      actor.unitId,
      ids.map((r) => r.memberId),
    );
    for (const s of sheets) docs.push(sheetDoc({ ...ctx, ...s, showFinal: true }));
  } else {
    docs[0].blocks.push({
      kind: "paragraph",
      italic: true,
      text: `Ghi chú: đơn vị có ${total} đoàn viên, vượt ${SHEET_LIMIT}: bản in gộp không kèm phiếu tự đánh giá của từng đoàn viên; in phiếu của từng người từ trang "Báo cáo" hoặc màn hình quyết định.`,
    });
  }
  return docs;
}
