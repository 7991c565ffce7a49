// "GIẤY GIỚI THIỆU chuyển sinh hoạt công đoàn", from the member's chuyển sinh hoạt đi event: dated
// the day of the move, naming where the member goes (the event's "lý do / nơi chuyển đến"). Pure.
import { CHAIR_SIGNATURE, type ReportDoc } from "@/lib/document/blocks";
import { formatDate } from "@/lib/format";
import type { TransferLetter } from "./query";

const or = (v: string | null | undefined, blank = "……………………") => (v && v.trim() ? v : blank);

export function transferLetterDoc(t: TransferLetter): ReportDoc {
  const m = t.member;
  const title = m.gender === "FEMALE" ? "bà" : "ông";
  return {
    unit: t.unit,
    number: "        /GGT-CĐCS",
    date: t.event.effectiveOn,
    dateFixed: true,
    title: "GIẤY GIỚI THIỆU",
    subtitle: "Chuyển sinh hoạt công đoàn",
    fileTitle: `Giấy giới thiệu chuyển sinh hoạt công đoàn – ${m.fullName}`,
    blocks: [
      { kind: "paragraph", text: `Ban Chấp hành ${t.unit.name} trân trọng giới thiệu:` },
      { kind: "paragraph", bold: true, text: `Đoàn viên: ${m.fullName}` },
      {
        kind: "paragraph",
        text: `Ngày sinh: ${or(formatDate(m.dateOfBirth))}; giới tính: ${m.gender === "FEMALE" ? "Nữ" : "Nam"}; quê quán: ${or(m.hometown)}.`,
      },
      {
        kind: "paragraph",
        text: `Số thẻ đoàn viên: ${or(m.cardNumber)}; ngày vào công đoàn: ${or(formatDate(m.joinedUnionOn))}.`,
      },
      {
        kind: "paragraph",
        text: `Chức vụ, nghề nghiệp: ${or(m.jobTitle)}; đang sinh hoạt tại ${or(t.groupName)}.`,
      },
      {
        kind: "paragraph",
        text: `Được chuyển sinh hoạt công đoàn đến: ${or(t.event.reason)}, kể từ ngày ${formatDate(t.event.effectiveOn)}.`,
      },
      {
        kind: "paragraph",
        text: `Đề nghị công đoàn nơi ${title} ${m.fullName} chuyển đến tiếp nhận và tạo điều kiện để đoàn viên tiếp tục sinh hoạt công đoàn theo Điều lệ Công đoàn Việt Nam.`,
      },
      { kind: "signatures", right: CHAIR_SIGNATURE(t.chairName) },
      { kind: "recipients", items: ["Như trên;", "Đoàn viên có tên trên;", "Lưu VT."] },
    ],
  };
}
