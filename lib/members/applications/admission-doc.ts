// "QUYẾT ĐỊNH Về việc kết nạp đoàn viên công đoàn" as report blocks (print page, PDF and DOCX lay
// out the same blocks; lib/document). Pure.
import { CHAIR_SIGNATURE, type ReportDoc, type ReportUnit } from "@/lib/document/blocks";
import { formatDate } from "@/lib/format";
import type { Admission } from "./queries";

const year = (d: Date | null) => (d ? String(new Date(d.getTime() + 7 * 3600 * 1000).getUTCFullYear()) : "");

export function admissionDoc(a: Admission, unit: ReportUnit, chairName: string): ReportDoc {
  const people = a.applications.filter((p) => p.status === "DECIDED" || p.status === "ADMITTED");
  const refs = [...new Set(people.map((p) => p.decisionRef).filter(Boolean))] as string[];
  return {
    unit,
    number: a.number,
    date: a.decidedOn,
    dateFixed: true,
    title: "QUYẾT ĐỊNH",
    subtitle: "Về việc kết nạp đoàn viên công đoàn",
    fileTitle: `Quyết định kết nạp đoàn viên số ${a.number}`,
    blocks: [
      { kind: "paragraph", bold: true, text: `BAN CHẤP HÀNH ${unit.name.toUpperCase()}` },
      {
        kind: "paragraph",
        italic: true,
        text: "Căn cứ Điều lệ Công đoàn Việt Nam và Hướng dẫn thi hành Điều lệ Công đoàn Việt Nam;",
      },
      {
        kind: "paragraph",
        italic: true,
        text: "Xét đơn xin gia nhập Công đoàn Việt Nam của người lao động;",
      },
      {
        kind: "paragraph",
        italic: true,
        text: `Căn cứ ý kiến thống nhất của Ban Chấp hành${refs.length ? ` (${refs.join("; ")})` : ""},`,
      },
      { kind: "heading", text: "QUYẾT ĐỊNH:" },
      {
        kind: "paragraph",
        text: `Điều 1. Kết nạp ${people.length} người lao động có tên sau đây vào Công đoàn Việt Nam, sinh hoạt tại ${unit.name}:`,
      },
      {
        kind: "table",
        columns: [
          { header: "TT", width: 0.6, align: "center" },
          { header: "Họ và tên", width: 3.2 },
          { header: "Năm sinh", width: 1.1, align: "center" },
          { header: "Giới tính", width: 1, align: "center" },
          { header: "Chức vụ / nghề nghiệp", width: 2.6 },
          { header: "Tổ công đoàn", width: 2.4 },
          { header: "Ngày làm đơn", width: 1.4, align: "center" },
        ],
        rows: people.map((p, i) => [
          String(i + 1),
          p.fullName,
          year(p.dateOfBirth),
          p.gender === "FEMALE" ? "Nữ" : "Nam",
          p.jobTitle ?? "",
          p.groupName,
          formatDate(p.appliedOn),
        ]),
      },
      {
        kind: "paragraph",
        text: `Điều 2. Những người có tên tại Điều 1 là đoàn viên công đoàn kể từ ngày lễ kết nạp${a.ceremonyOn ? ` (${formatDate(a.ceremonyOn)})` : ""}, có quyền và nhiệm vụ của đoàn viên theo Điều lệ Công đoàn Việt Nam.`,
      },
      {
        kind: "paragraph",
        text: "Điều 3. Ban Chấp hành công đoàn cơ sở, các tổ công đoàn và những người có tên tại Điều 1 căn cứ quyết định thi hành.",
      },
      { kind: "signatures", right: CHAIR_SIGNATURE(chairName) },
      { kind: "recipients", items: ["Như Điều 3;", "Công đoàn cấp trên (để b/c);", "Lưu VT."] },
    ],
  };
}
