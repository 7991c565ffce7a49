// What the demo unit met about in 2026: the data behind prisma/seed/meetings.ts.
import type { DemoContext, DemoMember } from "./context";

type Status = "PLANNED" | "HELD" | "MINUTES_DRAFT" | "MINUTES_SIGNED";
type Agenda = { title: string; isMain: boolean; discussion: string; conclusion: string; vote: boolean };
type Decision = { content: string; assignee: DemoMember; due: string; done: boolean };
export type PlannedMeeting = {
  key: string;
  type: "BCH_REGULAR" | "GROUP" | "CONFERENCE_STAFF" | "CONFERENCE_EMULATION";
  title: string;
  date: string;
  time?: string;
  place: string;
  groupId?: string;
  chair: DemoMember;
  secretary: DemoMember;
  prepKey?: string;
  status: Status;
  invitees: DemoMember[];
  agenda: Agenda[];
  decisions: Decision[];
};

const BCH_TOPICS: [string, string, string][] = [
  ["Triển khai chương trình công tác công đoàn năm 2026", "Các ủy viên thống nhất chương trình, đề nghị bổ sung hoạt động chăm lo Tết.", "Thông qua chương trình công tác năm 2026."],
  ["Tổ chức thăm hỏi, tặng quà Tết Bính Ngọ", "Đề xuất mức quà 500.000 đ/đoàn viên, ưu tiên đoàn viên khó khăn.", "Thống nhất mức quà và danh sách."],
  ["Hưởng ứng ngày Quốc tế Phụ nữ 8/3", "Đề nghị tổ chức giao lưu văn nghệ và tặng hoa.", "Giao đồng chí Phượng xây dựng kế hoạch."],
  ["Sơ kết quý I, phát động thi đua quý II", "Các tổ hoàn thành tốt kế hoạch; tổ Văn phòng cần đẩy mạnh.", "Thông qua nội dung phát động thi đua."],
  ["Kế hoạch Tháng Công nhân và Tháng hành động ATVSLĐ", "Thống nhất các hoạt động trọng tâm tháng 5.", "Ban hành kế hoạch trước 05/5."],
  ["Tổ chức Ngày Quốc tế Thiếu nhi 1/6 cho con đoàn viên", "Đề xuất khen thưởng con đoàn viên học giỏi.", "Thống nhất danh sách khen thưởng."],
  ["Sơ kết 6 tháng đầu năm", "Đánh giá kết quả, chỉ ra hạn chế về sinh hoạt tổ.", "Các tổ sinh hoạt đúng định kỳ quý."],
  ["Chuẩn bị năm học mới 2026–2027", "Rà soát đoàn viên mới, chuyển sinh hoạt.", "Giao BCH hoàn thiện hồ sơ đoàn viên mới."],
  ["Hội nghị CBCCVC năm học 2026–2027", "Góp ý dự thảo quy chế chi tiêu nội bộ.", "Thống nhất trình Hội nghị."],
  ["Kỷ niệm 20/10 và kết nạp đoàn viên mới", "Tổ chức lễ kết nạp cùng buổi kỷ niệm.", "Thông qua kế hoạch."],
  ["Chuẩn bị bình xét thi đua cuối năm", "Thống nhất tiêu chí và lịch bình xét của các tổ.", "Các tổ hoàn thành bình xét trước 10/12."],
];
/** Tổ trưởng and tổ phó of each demo tổ, in the order of ctx.groups. */
const OFFICERS: [string, string][] = [
  ["Nguyễn Văn Hùng", "Lê Thị Mai"],
  ["Đặng Thị Hương", "Bùi Ngọc Lan"],
  ["Đỗ Quang Huy", "Ngô Thị Thảo"],
  ["Dương Văn Long", "Lý Thị Hằng"],
  ["Trần Thị Oanh", "Lê Văn Phúc"],
];
const MONTH_DAYS = ["08", "05", "05", "06", "07", "04", "06", "05", "04", "06", "04"];

export function meetingPlan(ctx: DemoContext): PlannedMeeting[] {
  const p = (name: string) => ctx.byName(name);
  const chair = p("Trần Thị Thu Hà");
  const secretary = p("Võ Thị Ngọc Ánh");
  const bch = [chair, p("Hoàng Văn Nam"), secretary, p("Huỳnh Đức Thắng"), p("Hồ Thị Phượng")];
  const active = ctx.members.filter((m) => m.active);
  const out: PlannedMeeting[] = [];

  BCH_TOPICS.forEach(([topic, discussion, conclusion], i) => {
    const month = String(i + 1).padStart(2, "0");
    const overdue = i === 8 || i === 9; // September and October: follow-ups still open
    out.push({
      key: `bch-${month}`,
      type: "BCH_REGULAR",
      title: `Họp BCH thường kỳ tháng ${month}/2026`,
      date: `2026-${month}-${MONTH_DAYS[i]}`,
      place: "Phòng họp Hội đồng",
      chair,
      secretary,
      status: "MINUTES_SIGNED",
      invitees: bch,
      agenda: [
        { title: topic, isMain: true, discussion, conclusion, vote: true },
        { title: "Tình hình thu, chi quỹ công đoàn trong tháng", isMain: false, discussion: "Thủ quỹ báo cáo thu chi; không có ý kiến khác.", conclusion: "Thu chi đúng quy chế.", vote: false },
      ],
      decisions: [
        { content: `Triển khai: ${topic.toLowerCase()}`, assignee: bch[1 + (i % 4)], due: `2026-${month}-25`, done: !overdue },
        ...(i === 10 ? [{ content: "Gửi lịch bình xét thi đua tới các tổ", assignee: secretary, due: "2026-11-15", done: false }] : []),
      ],
    });
  });
  out.push({
    key: "bch-12",
    type: "BCH_REGULAR",
    title: "Họp BCH thường kỳ tháng 12/2026",
    date: "2026-12-03",
    place: "Phòng họp Hội đồng",
    chair,
    secretary,
    status: "PLANNED",
    invitees: bch,
    agenda: [
      { title: "Tổng kết công tác công đoàn năm 2026", isMain: true, discussion: "", conclusion: "", vote: false },
      { title: "Chuẩn bị Tết Đinh Mùi", isMain: false, discussion: "", conclusion: "", vote: false },
    ],
    decisions: [],
  });

  out.push({
    key: "cbccvc",
    type: "CONFERENCE_STAFF",
    title: "Hội nghị cán bộ, công chức, viên chức năm 2026",
    date: "2026-01-15",
    time: "07:30",
    place: "Hội trường nhà trường",
    chair,
    secretary: p("Nguyễn Thị Thanh Nhung"),
    prepKey: "bch-01",
    status: "MINUTES_SIGNED",
    invitees: active,
    agenda: [
      { title: "Báo cáo kết quả thực hiện nhiệm vụ năm 2025, phương hướng năm 2026", isMain: true, discussion: "Đại biểu thống nhất báo cáo; đề nghị tăng thời gian sinh hoạt chuyên môn.", conclusion: "Hội nghị thông qua báo cáo.", vote: true },
      { title: "Thông qua quy chế chi tiêu nội bộ", isMain: true, discussion: "Góp ý về mức chi thăm hỏi ốm đau.", conclusion: "Thông qua quy chế với sửa đổi mức thăm hỏi.", vote: true },
      { title: "Bầu Ban Thanh tra nhân dân", isMain: false, discussion: "Giới thiệu 3 ứng viên.", conclusion: "Bầu đủ 3 thành viên.", vote: true },
    ],
    decisions: [{ content: "Ban hành quy chế chi tiêu nội bộ sửa đổi", assignee: chair, due: "2026-02-01", done: true }],
  });

  ctx.groups.forEach((g, gi) => {
    const members = active.filter((m) => m.groupId === g.id);
    const [leader, deputy] = OFFICERS[gi] ? OFFICERS[gi].map(p) : [members[0], members[1] ?? members[0]];
    const quarters: [string, string][] = [["I", "03-1" + gi], ["II", "06-1" + gi], ["III", "09-1" + gi], ["IV", gi === 0 ? "11-20" : `11-1${gi}`]];
    quarters.forEach(([q, md], qi) => {
      const draft = gi === 0 && qi === 3;
      out.push({
        key: `to-${gi}-${qi}`,
        type: "GROUP",
        title: `Sinh hoạt ${g.name} quý ${q}/2026`,
        date: `2026-${md}`,
        time: "16:30",
        place: `Phòng ${g.name.replace("Tổ ", "tổ ")}`,
        groupId: g.id,
        chair: leader,
        secretary: deputy,
        status: draft ? "MINUTES_DRAFT" : "MINUTES_SIGNED",
        invitees: members,
        agenda: [
          { title: qi === 3 ? "Đánh giá, xếp loại đoàn viên năm 2026 (dự kiến)" : `Đánh giá hoạt động quý ${q}, kế hoạch quý tiếp theo`, isMain: true, discussion: "Các đoàn viên phát biểu, đồng tình với đánh giá của tổ trưởng.", conclusion: "Tổ hoàn thành tốt nhiệm vụ trong quý.", vote: true },
          { title: "Tâm tư, nguyện vọng của đoàn viên", isMain: false, discussion: "Đoàn viên nêu ý kiến về chế độ và điều kiện làm việc.", conclusion: "Tổ tổng hợp gửi BCH.", vote: false },
        ],
        decisions: qi === 3 && gi === 0 ? [{ content: "Hoàn thiện phiếu tự đánh giá của đoàn viên trong tổ", assignee: leader, due: "2026-11-30", done: false }] : [],
      });
    });
  });

  out.push({
    key: "binh-xet",
    type: "CONFERENCE_EMULATION",
    title: "Hội nghị bình xét thi đua năm 2026",
    date: "2026-12-18",
    place: "Hội trường nhà trường",
    chair,
    secretary,
    prepKey: "bch-11",
    status: "PLANNED",
    invitees: active,
    agenda: [{ title: "Bình xét danh hiệu thi đua năm 2026", isMain: true, discussion: "", conclusion: "", vote: false }],
    decisions: [],
  });
  return out;
}
