// "BÁO CÁO tổng kết công tác công đoàn năm … và phương hướng, nhiệm vụ năm …" as report blocks: the
// print page, the PDF and the DOCX lay out these same blocks (lib/document). Pure: the figures are
// computed by figures.ts at generation, the narrative is the BCH's, the extra sections (the work
// programme) are appended by the caller.
import { CHAIR_SIGNATURE, type ReportBlock, type ReportDoc } from "@/lib/document/blocks";
import { monthRuns, stopSentence } from "@/lib/finance/dues/collect-stop";
import { formatCount, formatMoney } from "@/lib/format";
import { MEETING_TYPE_LABELS } from "@/lib/meetings/labels";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { FUND_LABELS } from "@/lib/welfare/labels";
import type { AnnualFigures } from "./figures";
import { SECTION_TITLES, type SectionKey } from "./sections";
import { col, countCol, moneyCol, numberedTable } from "./table";

export type Narrative = Partial<Record<SectionKey, string>>;

/** "42,9 %"; "—" with nothing to divide by. */
export const percent = (n: number, of: number) =>
  of > 0 ? `${(Math.round((n / of) * 1000) / 10).toLocaleString("vi-VN")} %` : "—";
const n = formatCount;

/** The BCH's text, one paragraph per line; a section not written yet says so. */
function narrativeBlocks(text: string | undefined): ReportBlock[] {
  const lines = (text ?? "")
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length)
    return [{ kind: "paragraph", italic: true, text: "(Ban Chấp hành chưa viết phần này.)" }];
  return lines.map((t) => ({ kind: "paragraph", text: t }));
}

function membershipBlocks(f: AnnualFigures): ReportBlock[] {
  const t = f.members.total;
  const exited = t.left + t.retired + t.expelled;
  const active = f.members.groups.filter((g) => g.closing > 0).length;
  return [
    { kind: "heading", text: "I. TÌNH HÌNH ĐOÀN VIÊN, TỔ CHỨC CÔNG ĐOÀN" },
    {
      kind: "paragraph",
      text: `Đầu năm có ${n(t.opening)} đoàn viên. Trong năm kết nạp mới ${n(t.admitted)}, chuyển đến ${n(t.transferredIn)}, chuyển đi ${n(t.transferredOut)}, ra khỏi tổ chức ${n(exited)} (thôi sinh hoạt ${n(t.left)}, nghỉ hưu ${n(t.retired)}, khai trừ ${n(t.expelled)}). Cuối năm có ${n(t.closing)} đoàn viên, trong đó nữ ${n(t.female)} (${percent(t.female, t.closing)}), đảng viên ${n(t.party)} (${percent(t.party, t.closing)}), sinh hoạt trong ${n(active)} tổ công đoàn.`,
    },
    numberedTable(
      [
        col("Tổ công đoàn", 2.6),
        ...["Đầu năm", "Kết nạp", "Chuyển đến", "Chuyển đi", "Ra khỏi TC", "Cuối năm"].map((h) =>
          countCol(h),
        ),
      ],
      f.members.groups,
      (g) => [
        g.name,
        ...[
          g.opening,
          g.admitted,
          g.transferredIn,
          g.transferredOut,
          g.left + g.retired + g.expelled,
          g.closing,
        ].map(n),
      ],
      {
        footer: [
          "Toàn cơ sở",
          ...[t.opening, t.admitted, t.transferredIn, t.transferredOut, exited, t.closing].map(n),
        ],
        compact: f.members.groups.length > 150,
      },
    ),
  ];
}

function meetingBlocks(f: AnnualFigures): ReportBlock[] {
  const m = f.meetings;
  const d = f.decisions;
  const o = f.opinions;
  const types = m.byType.map(
    (t) => `${MEETING_TYPE_LABELS[t.key as keyof typeof MEETING_TYPE_LABELS] ?? t.key} ${n(t.count)}`,
  );
  return [
    { kind: "heading", text: "II. SINH HOẠT, HỘI HỌP; TIẾP NHẬN Ý KIẾN ĐOÀN VIÊN" },
    {
      kind: "paragraph",
      text: `Trong năm tổ chức ${n(m.held)} cuộc họp, sinh hoạt${types.length ? ` (${types.join("; ")})` : ""}; ${n(m.present)}/${n(m.invited)} lượt đoàn viên được mời có mặt, tỷ lệ dự họp ${percent(m.present, m.invited)}.${m.planned ? ` Còn ${n(m.planned)} cuộc họp dự kiến chưa tổ chức.` : ""}`,
    },
    {
      kind: "paragraph",
      text: `Các cuộc họp đã thông qua ${n(d.total)} nội dung quyết định, giao việc: đã hoàn thành ${n(d.done)}, quá hạn chưa hoàn thành ${n(d.overdue)}, đang thực hiện trong hạn ${n(d.open)}.`,
    },
    {
      kind: "paragraph",
      text: `Ban Chấp hành tiếp nhận ${n(o.received)} ý kiến, kiến nghị của đoàn viên: đã trả lời ${n(o.answered)}, đang xem xét, chưa trả lời ${n(o.pending)}.`,
    },
  ];
}

function welfareBlocks(f: AnnualFigures): ReportBlock[] {
  const w = f.welfare;
  return [
    { kind: "heading", text: "III. CHĂM LO ĐỜI SỐNG, THĂM HỎI, TRỢ CẤP ĐOÀN VIÊN" },
    {
      kind: "paragraph",
      text: `Công đoàn đã thăm hỏi, trợ cấp ${n(w.count)} lượt với tổng số tiền ${formatMoney(w.total)}.${w.pending.count ? ` Còn ${n(w.pending.count)} lượt đề xuất, đã duyệt chưa chi (${formatMoney(w.pending.total)}), không tính vào tổng trên.` : ""}`,
    },
    numberedTable(
      [col("Nội dung thăm hỏi", 4), countCol("Số lượt", 1), moneyCol("Số tiền", 1.6)],
      w.categories.filter((c) => c.count > 0),
      (c) => [c.name, n(c.count), formatMoney(c.total)],
      { footer: ["Cộng", n(w.count), formatMoney(w.total)] },
    ),
    {
      kind: "paragraph",
      text: `Theo nguồn: ${w.funds.length ? w.funds.map((x) => `${FUND_LABELS[x.fund]} ${n(x.count)} lượt, ${formatMoney(x.total)}`).join("; ") : "không có"}.`,
    },
  ];
}

function emulationBlocks(f: AnnualFigures): ReportBlock[] {
  const e = f.emulation;
  const blocks: ReportBlock[] = [{ kind: "heading", text: "IV. PHONG TRÀO THI ĐUA" }];
  blocks.push({
    kind: "paragraph",
    text: e
      ? `Có ${n(e.approved)}/${n(e.members)} đoàn viên đăng ký thi đua được duyệt (${percent(e.approved, e.members)}); ${n(e.pending)} bản đăng ký chờ duyệt, ${n(e.returned)} bản trả lại, ${n(e.missing)} đoàn viên chưa đăng ký. ${n(e.assessed)} đoàn viên đã gửi phiếu tự đánh giá.`
      : "Năm này chưa mở đợt đăng ký thi đua.",
  });
  if (f.awards.length)
    blocks.push(
      numberedTable(
        [col("Danh hiệu", 4), countCol("Đạt", 1), countCol("Đề nghị cấp trên khen", 1.6)],
        f.awards,
        (a) => [a.title, n(a.achieved), n(a.proposed)],
      ),
    );
  else blocks.push({ kind: "paragraph", text: "Chưa có kết quả bình xét danh hiệu." });
  return blocks;
}

function ratingBlocks(f: AnnualFigures): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: "heading", text: "V. ĐÁNH GIÁ, XẾP LOẠI" }];
  const r = f.rating;
  if (!r) return [...blocks, { kind: "paragraph", text: "Năm này chưa mở đợt đánh giá, xếp loại." }];
  const c = r.counts.unit;
  const decided = r.levels.reduce((s, l) => s + (c.counts[l] ?? 0), 0);
  blocks.push(
    {
      kind: "paragraph",
      text: `Đoàn viên được xếp loại: ${n(decided)}/${n(c.total)}${c.undecided ? ` (còn ${n(c.undecided)} chưa có mức)` : ""}.`,
    },
    {
      kind: "table",
      columns: [col("Mức xếp loại", 4), countCol("Số đoàn viên", 1.2), countCol("Tỷ lệ", 1.2)],
      rows: r.levels.map((l) => [l, n(c.counts[l] ?? 0), percent(c.counts[l] ?? 0, decided)]),
      footer: [["Cộng", n(decided), decided ? "100 %" : "—"]],
    },
    { kind: "paragraph", italic: true, text: r.counts.quotaLine },
  );
  const groupLevels = new Map<string, number>();
  for (const g of f.groupRatings)
    if (g.finalLevel) groupLevels.set(g.finalLevel, (groupLevels.get(g.finalLevel) ?? 0) + 1);
  blocks.push({
    kind: "paragraph",
    text: `Tổ công đoàn được xếp loại: ${groupLevels.size ? [...groupLevels].map(([l, k]) => `${l} ${n(k)} tổ`).join("; ") : "chưa có"} (trên ${n(f.groupRatings.length)} tổ).`,
  });
  const u = f.unitRating;
  blocks.push({
    kind: "paragraph",
    text:
      u && u.selfLevel
        ? `Công đoàn cơ sở tự đánh giá ${n(u.selfTotal)}/${n(u.maxTotal)} điểm, tự xếp loại ${u.selfLevel}${u.reviewedLevel ? `; cấp trên thẩm định ${n(u.reviewedTotal ?? 0)} điểm, xếp loại ${u.reviewedLevel}${u.reviewRef ? ` (${u.reviewRef})` : ""}` : "; chưa có kết quả thẩm định của cấp trên"}.`
        : "Công đoàn cơ sở chưa tự đánh giá, xếp loại.",
  });
  return blocks;
}

/**
 * The đoàn phí paragraph. A unit that stops collecting (fully state-funded, from 01/6/2025) is told so in
 * the dashboard's words, not "phải thu 0 ₫": for a year wholly in the stop, that sentence and any money
 * that still moved; for a year the stop cuts, the figures of the months collected, then the stop.
 */
export function duesParagraph(d: AnnualFigures["dues"]): string {
  const c = d.collection;
  const figures = `phải thu ${formatMoney(d.owed)}, đã thu ${formatMoney(d.collected)}${d.owed ? ` (${percent(d.collected, d.owed)})` : ""}; phần nộp cấp trên ${formatMoney(d.upperShare)}, đã nộp trong năm ${formatMoney(d.remitted)}; công đoàn cơ sở giữ lại ${formatMoney(d.kept + d.extraKept)}.`;
  const stop = stopSentence(c);
  if (!stop) return `Đoàn phí ${figures}`;
  if (c.collected.length) return `Đoàn phí tháng ${monthRuns(c.collected)}: ${figures} ${stop}`;
  const moved = [
    d.collected ? `đã thu ${formatMoney(d.collected)}` : "",
    d.remitted ? `đã nộp cấp trên ${formatMoney(d.remitted)}` : "",
  ].filter(Boolean);
  return moved.length ? `${stop} Trong năm ${moved.join(", ")}.` : stop;
}

function financeBlocks(f: AnnualFigures): ReportBlock[] {
  const fund = f.fund;
  const lines = fund.byCategory.filter((c) => c.amount !== 0);
  return [
    { kind: "heading", text: "VI. ĐOÀN PHÍ VÀ TÀI CHÍNH CÔNG ĐOÀN" },
    { kind: "paragraph", text: duesParagraph(f.dues) },
    {
      kind: "paragraph",
      text: `Quỹ công đoàn cơ sở: tồn đầu năm ${formatMoney(fund.opening)}; thu trong năm ${formatMoney(fund.income)}; chi trong năm ${formatMoney(fund.spending)}; tồn cuối năm ${formatMoney(fund.closing)}.`,
    },
    numberedTable(
      [col("Nội dung thu, chi", 4.2), moneyCol("Thu"), moneyCol("Chi")],
      lines,
      (c) => [
        c.name,
        c.direction === "IN" ? formatMoney(c.amount) : "",
        c.direction === "OUT" ? formatMoney(c.amount) : "",
      ],
      { footer: ["Cộng", formatMoney(fund.income), formatMoney(fund.spending)] },
    ),
  ];
}

/** The whole report: figures of the year, the BCH's narrative, then the extra sections, then the signature. */
export function annualReportDoc(
  f: AnnualFigures,
  narrative: Narrative,
  extra: ReportBlock[] = [],
  generatedAt?: string,
): ReportDoc {
  const next = cycleYearLabel(f.year + 1, f.cycle);
  const text = (k: SectionKey) => narrativeBlocks(narrative[k]);
  const blocks: ReportBlock[] = [
    ...(generatedAt
      ? [{ kind: "paragraph" as const, italic: true, text: `Số liệu lấy tại thời điểm tạo: ${generatedAt}.` }]
      : []),
    { kind: "heading", text: `PHẦN THỨ NHẤT. KẾT QUẢ CÔNG TÁC CÔNG ĐOÀN ${f.label.toUpperCase()}` },
    ...membershipBlocks(f),
    ...meetingBlocks(f),
    ...welfareBlocks(f),
    ...emulationBlocks(f),
    ...ratingBlocks(f),
    ...financeBlocks(f),
    { kind: "heading", text: `VII. ${SECTION_TITLES.ASSESSMENT.toUpperCase()}` },
    ...text("ASSESSMENT"),
    { kind: "heading", text: `VIII. ${SECTION_TITLES.SHORTCOMINGS.toUpperCase()}` },
    ...text("SHORTCOMINGS"),
    { kind: "heading", text: `PHẦN THỨ HAI. PHƯƠNG HƯỚNG, NHIỆM VỤ ${next.toUpperCase()}` },
    { kind: "heading", text: "I. PHƯƠNG HƯỚNG, NHIỆM VỤ" },
    ...text("DIRECTIONS"),
    { kind: "heading", text: `II. ${SECTION_TITLES.PROPOSALS.toUpperCase()}` },
    ...text("PROPOSALS"),
    ...extra,
    { kind: "signatures", right: CHAIR_SIGNATURE(f.chairName) },
    { kind: "recipients", items: ["Công đoàn cấp trên (để b/c);", "Đoàn viên công đoàn cơ sở;", "Lưu VT."] },
  ];
  return {
    unit: f.unit,
    number: "…/BC-CĐCS",
    date: null,
    title: "BÁO CÁO",
    subtitle: `Tổng kết công tác công đoàn ${f.label} và phương hướng, nhiệm vụ ${next}`,
    fileTitle: `Báo cáo tổng kết công tác công đoàn ${f.label}`,
    blocks,
  };
}
