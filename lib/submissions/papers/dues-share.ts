import "server-only";
// DUES_SHARE: the đoàn phí of the unit's year, the share due to the cấp trên and what was remitted
// (lib/finance/dues), as one short paper: BÁO CÁO THU, NỘP ĐOÀN PHÍ. Totals only, no member row.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { CHAIR_SIGNATURE, type ReportDoc } from "@/lib/document/blocks";
import { unitHeader } from "@/lib/emulation/queries/report";
import { duesTotals } from "@/lib/finance/dues/totals";
import { formatDate, formatMoney } from "@/lib/format";
import { annualSpan } from "@/lib/reports/annual/figures";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { toIsoDate } from "@/lib/settings/service";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import type { DuesSharePayload } from "../payloads";
import type { Paper } from "./paper";

const month = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export async function duesSharePaper(actor: Actor, year: number): Promise<Paper<"DUES_SHARE">> {
  const cycle = await cycleOfYear(actor.unitId, year);
  const span = annualSpan(year, cycle);
  const [totals, remittances, header] = await Promise.all([
    duesTotals(actor.unitId, span.from, span.last),
    db.duesRemittance.findMany({
      where: { unitId: actor.unitId, paidOn: { gte: span.from, lt: span.to } },
      orderBy: [{ paidOn: "asc" }, { id: "asc" }],
      select: { fromMonth: true, toMonth: true, amount: true, paidOn: true },
    }),
    unitHeader(actor),
  ]);
  const payload: DuesSharePayload = {
    from: toIsoDate(span.from),
    to: toIsoDate(span.last),
    ...totals,
    remitted: remittances.reduce((s, r) => s + r.amount, 0),
    remittances: remittances.map((r) => ({
      fromMonth: toIsoDate(r.fromMonth),
      toMonth: toIsoDate(r.toMonth),
      amount: r.amount,
      paidOn: toIsoDate(r.paidOn),
    })),
  };
  return { docs: [duesShareDoc(header, cycleYearLabel(year, cycle), payload)], payload };
}

type Header = Awaited<ReturnType<typeof unitHeader>>;

export function duesShareDoc(h: Header, label: string, p: DuesSharePayload): ReportDoc {
  const owing = p.upperShare - p.remitted;
  return {
    unit: h.unit,
    date: null,
    title: "BÁO CÁO THU, NỘP ĐOÀN PHÍ CÔNG ĐOÀN",
    subtitle: `${label.charAt(0).toUpperCase()}${label.slice(1)} (từ ${formatDate(p.from)} đến ${formatDate(p.to)})`,
    blocks: [
      { kind: "heading", text: "I. SỐ THU ĐOÀN PHÍ" },
      {
        kind: "table",
        columns: [
          { header: "Nội dung", width: 4 },
          { header: "Số tiền", width: 2, align: "right" },
        ],
        rows: [
          ["Đoàn phí phải thu", formatMoney(p.owed)],
          ["Đoàn phí đã thu", formatMoney(p.collected)],
          ["Phần nộp công đoàn cấp trên", formatMoney(p.upperShare)],
          ["Phần công đoàn cơ sở được giữ lại", formatMoney(p.kept)],
        ],
      },
      { kind: "heading", text: "II. ĐÃ NỘP CẤP TRÊN" },
      p.remittances.length
        ? {
            kind: "table",
            columns: [
              { header: "TT", width: 0.6, align: "center" },
              { header: "Các tháng", width: 2.4 },
              { header: "Ngày nộp", width: 1.6, align: "center" },
              { header: "Số tiền", width: 2, align: "right" },
            ],
            rows: p.remittances.map((r, i) => [
              String(i + 1),
              r.fromMonth === r.toMonth ? month(r.fromMonth) : `${month(r.fromMonth)} – ${month(r.toMonth)}`,
              formatDate(r.paidOn),
              formatMoney(r.amount),
            ]),
            footer: [["", "Cộng", "", formatMoney(p.remitted)]],
          }
        : { kind: "paragraph", text: "Trong năm chưa nộp lần nào." },
      {
        kind: "paragraph",
        text:
          owing > 0
            ? `Còn phải nộp cấp trên: ${formatMoney(owing)}.`
            : `Đã nộp đủ phần của cấp trên${owing < 0 ? ` (nộp thừa ${formatMoney(-owing)})` : ""}.`,
      },
      { kind: "signatures", right: CHAIR_SIGNATURE(h.chairName) },
      { kind: "recipients", items: ["Công đoàn cấp trên (để b/c);", "Lưu VT."] },
    ],
  };
}
