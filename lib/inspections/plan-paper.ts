// "KẾ HOẠCH KIỂM TRA NĂM …" of the UBKT as a paper of lib/document: its lines by month, signed by
// the chủ nhiệm UBKT. A plan is adopted on a day the UBKT writes when printing (?date=). Pure.
import type { ReportDoc, ReportUnit } from "@/lib/document/blocks";
import { SUBJECT_LABELS } from "./labels";
import type { PlanItem } from "./queries";

export const planTitle = (year: number) => `Kế hoạch kiểm tra năm ${year}`;

export function planPaper(unit: ReportUnit, year: number, items: PlanItem[], chairName: string): ReportDoc {
  const standing = items.filter((p) => !p.archivedAt);
  return {
    unit,
    date: null,
    title: planTitle(year),
    subtitle: "của Ủy ban Kiểm tra Công đoàn cơ sở",
    orientation: "landscape",
    blocks: [
      { kind: "heading", text: "I. MỤC ĐÍCH, YÊU CẦU" },
      {
        kind: "paragraph",
        text: "Kiểm tra, giám sát việc chấp hành Điều lệ Công đoàn Việt Nam, việc quản lý, sử dụng tài chính, tài sản công đoàn và công tác chăm lo đời sống đoàn viên; kịp thời kiến nghị khắc phục hạn chế, thiếu sót.",
      },
      { kind: "heading", text: "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG" },
      standing.length
        ? {
            kind: "table",
            columns: [
              { header: "STT", width: 1.2, align: "center" },
              { header: "Nội dung kiểm tra", width: 3.6 },
              { header: "Đối tượng, nội dung cụ thể", width: 7 },
              { header: "Thời kỳ được kiểm tra", width: 3.4 },
              { header: "Thời gian", width: 2.2, align: "center" },
              { header: "Phân công", width: 4 },
            ],
            rows: standing.map((p, n) => [
              String(n + 1),
              SUBJECT_LABELS[p.subject],
              p.content,
              p.periodLabel,
              `Tháng ${p.plannedMonth}`,
              p.team,
            ]),
          }
        : { kind: "paragraph", text: "(Chưa có nội dung kiểm tra nào trong kế hoạch.)", italic: true },
      { kind: "heading", text: "III. TỔ CHỨC THỰC HIỆN" },
      {
        kind: "paragraph",
        text: "Đoàn kiểm tra thông báo kế hoạch cho đối tượng được kiểm tra trước khi tiến hành; kết thúc mỗi cuộc kiểm tra có biên bản, kết luận và kiến nghị; Ủy ban Kiểm tra theo dõi việc thực hiện kiến nghị và báo cáo kết quả với Ban Chấp hành.",
      },
      { kind: "signatures", right: { lead: "TM. ỦY BAN KIỂM TRA", title: "CHỦ NHIỆM", name: chairName } },
      { kind: "recipients", items: ["Ban Chấp hành CĐCS (để phối hợp);", "Lưu: UBKT."] },
    ],
  };
}
