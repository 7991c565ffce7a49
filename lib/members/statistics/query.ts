import "server-only";
// The báo cáo thống kê / biến động đoàn viên for a period: one set-based query over the dated tổ
// memberships (GroupMembership: a member is in a tổ on day d when startOn ≤ d < endOn) and the
// dated member events (MemberEvent), defined once in figures-sql.ts. For every tổ: đầu kỳ (in the tổ at the start of the first
// day), the movements of the period by kind, cuối kỳ (in the tổ at the end of the last day) and
// its make-up on the last day (nữ, đảng viên by then, age bands at the last day). So each row
// balances: đầu kỳ + kết nạp + chuyển đến + tổ đến − tổ đi − chuyển đi − ra khỏi tổ chức = cuối kỳ.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { unitHeader } from "@/lib/emulation/queries/report";
import { Prisma } from "@/lib/generated/prisma/client";
import { getSetting } from "@/lib/settings/queries";
import { addFigures, columnSet, FIGURES, ZERO, type Figure, type Figures } from "./columns";
import { groupFiguresCtes } from "./figures-sql";
import type { Period } from "./period";

type Row = { groupId: string; name: string; archived: boolean } & Figures;

export async function statisticsRows(unitId: string, from: string, to: string): Promise<Row[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH ${groupFiguresCtes(Prisma.sql`SELECT ${unitId}::text`, from, to)}
    SELECT * FROM group_figures ORDER BY name, "groupId"`);
  return rows.map((r) => ({ ...r, ...Object.fromEntries(FIGURES.map((f) => [f, Number(r[f])])) }));
}

export type StatisticsReport = Awaited<ReturnType<typeof getStatisticsReport>>;

/**
 * The report as the screen, the PDF and the Excel file show it: the tổ that had anyone in the
 * period (an archived tổ only if it did), the unit's total, and the column set in force on the
 * period's last day.
 */
export async function getStatisticsReport(actor: Actor, period: Period) {
  const [rows, header, setting] = await Promise.all([
    statisticsRows(actor.unitId, period.from, period.to),
    unitHeader(actor),
    getSetting(actor.unitId, "members.statistics.columns", period.to),
  ]);
  const groups = rows.filter((r) => !r.archived || FIGURES.some((f) => r[f] !== 0));
  const total = groups.reduce<Figures>((sum, r) => addFigures(sum, r), { ...ZERO });
  const columns: readonly Figure[] = columnSet(String(setting.value));
  return { period, groups, total, columns, columnSetKey: String(setting.value), ...header };
}
