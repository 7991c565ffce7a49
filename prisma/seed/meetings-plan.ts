// What the demo unit meets about in a year of the story (prisma/seed/story.ts): monthly BCH
// meetings, quarterly tổ meetings, the hội nghị CBCCVC and the bình xét. Dates and texts are in the
// story's calendar (year `y`); prisma/seed/meetings.ts moves them to the demo's and decides, from
// today, which were held, which are planned and which are not planned yet.
import type { DemoContext, DemoMember } from "./context";

type Agenda = { title: string; isMain: boolean; discussion: string; conclusion: string; vote: boolean };
export type PlannedDecision = { content: string; assignee: DemoMember; due: string };
export type PlannedMeeting = {
  /** Unique over the story: "2026:bch-03". */
  key: string;
  /** The story year. */
  y: number;
  type: "BCH_REGULAR" | "GROUP" | "CONFERENCE_STAFF" | "CONFERENCE_EMULATION";
  title: string;
  /** Story date, "2026-03-05". */
  date: string;
  time?: string;
  place: string;
  groupId?: string;
  chair: DemoMember;
  secretary: DemoMember;
  prepKey?: string;
  invitees: DemoMember[];
  agenda: Agenda[];
  decisions: PlannedDecision[];
};

const bchTopics = (y: number): [string, string, string][] => [
  [
    `Triển khai chương trình công tác công đoàn năm ${y}`,
    "Các ủy viên thống nhất chương trình, đề nghị bổ sung hoạt động chăm lo Tết.",
    `Thông qua chương trình công tác năm ${y}.`,
  ],
  [
    `Tổ chức thăm hỏi, tặng quà Tết Nguyên đán ${y}`,
    "Đề xuất mức quà 500.000 đ/đoàn viên, ưu tiên đoàn viên khó khăn.",
    "Thống nhất mức quà và danh sách.",
  ],
  [
    "Hưởng ứng ngày Quốc tế Phụ nữ 8/3",
    "Đề nghị tổ chức giao lưu văn nghệ và tặng hoa.",
    "Giao đồng chí Phượng xây dựng kế hoạch.",
  ],
  [
    "Sơ kết quý I, phát động thi đua quý II",
    "Các tổ hoàn thành tốt kế hoạch; tổ Văn phòng cần đẩy mạnh.",
    "Thông qua nội dung phát động thi đua.",
  ],
  [
    `Chuẩn bị bình xét thi đua cuối năm học ${y - 1}–${y}; Tháng Công nhân`,
    "Thống nhất tiêu chí và lịch bình xét của các tổ; các hoạt động trọng tâm tháng 5.",
    "Các tổ hoàn thành bình xét trước 20/5.",
  ],
  [
    "Tổ chức Ngày Quốc tế Thiếu nhi 1/6 cho con đoàn viên",
    "Đề xuất khen thưởng con đoàn viên học giỏi.",
    "Thống nhất danh sách khen thưởng.",
  ],
  [
    "Sơ kết 6 tháng đầu năm",
    "Đánh giá kết quả, chỉ ra hạn chế về sinh hoạt tổ.",
    "Các tổ sinh hoạt đúng định kỳ quý.",
  ],
  [
    `Chuẩn bị năm học mới ${y}–${y + 1}`,
    "Rà soát đoàn viên mới, chuyển sinh hoạt.",
    "Giao BCH hoàn thiện hồ sơ đoàn viên mới.",
  ],
  [
    `Hội nghị CBCCVC năm học ${y}–${y + 1}`,
    "Góp ý dự thảo quy chế chi tiêu nội bộ.",
    "Thống nhất trình Hội nghị.",
  ],
  ["Kỷ niệm 20/10 và kết nạp đoàn viên mới", "Tổ chức lễ kết nạp cùng buổi kỷ niệm.", "Thông qua kế hoạch."],
  [
    "Sơ kết thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "Các tổ báo cáo kết quả thao giảng, dự giờ đợt 1.",
    "Biểu dương các tổ có nhiều tiết dạy tốt.",
  ],
  [
    `Tổng kết công tác công đoàn năm ${y}`,
    `Thống nhất nội dung báo cáo tổng kết và chuẩn bị Tết Nguyên đán ${y + 1}.`,
    "Thông qua dự thảo báo cáo tổng kết.",
  ],
];
/** Tổ trưởng and tổ phó of each demo tổ, in the order of ctx.groups. */
const OFFICERS: [string, string][] = [
  ["Nguyễn Văn Hùng", "Lê Thị Mai"],
  ["Đặng Thị Hương", "Bùi Ngọc Lan"],
  ["Đỗ Quang Huy", "Ngô Thị Thảo"],
  ["Dương Văn Long", "Lý Thị Hằng"],
  ["Trần Thị Oanh", "Lê Văn Phúc"],
];
const MONTH_DAYS = ["08", "05", "05", "06", "07", "04", "06", "05", "04", "06", "04", "03"];
/** Story year 2025: Tổ Văn phòng held three of its four quarterly meetings (see rating-collective.ts). */
const skipped = (y: number, gi: number, qi: number) => y === 2025 && gi === 4 && qi === 2;

/** The meetings of story year `y`, in no particular order. */
export function meetingPlan(ctx: DemoContext, y: number): PlannedMeeting[] {
  const p = (name: string) => ctx.byName(name);
  const chair = p("Trần Thị Thu Hà");
  const secretary = p("Võ Thị Ngọc Ánh");
  const bch = [chair, p("Hoàng Văn Nam"), secretary, p("Huỳnh Đức Thắng"), p("Hồ Thị Phượng")];
  const active = ctx.members.filter((m) => m.active);
  const out: PlannedMeeting[] = [];
  const k = (key: string) => `${y}:${key}`;

  bchTopics(y).forEach(([topic, discussion, conclusion], i) => {
    const month = String(i + 1).padStart(2, "0");
    out.push({
      key: k(`bch-${month}`),
      y,
      type: "BCH_REGULAR",
      title: `Họp BCH thường kỳ tháng ${month}/${y}`,
      date: `${y}-${month}-${MONTH_DAYS[i]}`,
      place: "Phòng họp Hội đồng",
      chair,
      secretary,
      invitees: bch,
      agenda: [
        { title: topic, isMain: true, discussion, conclusion, vote: true },
        {
          title: "Tình hình thu, chi quỹ công đoàn trong tháng",
          isMain: false,
          discussion: "Thủ quỹ báo cáo thu chi; không có ý kiến khác.",
          conclusion: "Thu chi đúng quy chế.",
          vote: false,
        },
      ],
      decisions: [
        {
          content: `Triển khai: ${topic[0].toLowerCase()}${topic.slice(1)}`,
          assignee: bch[1 + (i % 4)],
          due: `${y}-${month}-${i === 11 ? 28 : 25}`,
        },
        ...(i === 4
          ? [{ content: "Gửi lịch bình xét thi đua tới các tổ", assignee: secretary, due: `${y}-05-09` }]
          : []),
      ],
    });
  });

  out.push({
    key: k("cbccvc"),
    y,
    type: "CONFERENCE_STAFF",
    title: `Hội nghị cán bộ, công chức, viên chức năm ${y}`,
    date: `${y}-01-15`,
    time: "07:30",
    place: "Hội trường nhà trường",
    chair,
    secretary: p("Nguyễn Thị Thanh Nhung"),
    prepKey: k("bch-01"),
    invitees: active,
    agenda: [
      {
        title: `Báo cáo kết quả thực hiện nhiệm vụ năm ${y - 1}, phương hướng năm ${y}`,
        isMain: true,
        discussion: "Đại biểu thống nhất báo cáo; đề nghị tăng thời gian sinh hoạt chuyên môn.",
        conclusion: "Hội nghị thông qua báo cáo.",
        vote: true,
      },
      {
        title: "Thông qua quy chế chi tiêu nội bộ",
        isMain: true,
        discussion: "Góp ý về mức chi thăm hỏi ốm đau.",
        conclusion: "Thông qua quy chế với sửa đổi mức thăm hỏi.",
        vote: true,
      },
      {
        title: "Bầu Ban Thanh tra nhân dân",
        isMain: false,
        discussion: "Giới thiệu 3 ứng viên.",
        conclusion: "Bầu đủ 3 thành viên.",
        vote: true,
      },
    ],
    decisions: [{ content: "Ban hành quy chế chi tiêu nội bộ sửa đổi", assignee: chair, due: `${y}-02-01` }],
  });

  ctx.groups.forEach((g, gi) => {
    const members = active.filter((m) => m.groupId === g.id);
    const [leader, deputy] = OFFICERS[gi] ? OFFICERS[gi].map(p) : [members[0], members[1] ?? members[0]];
    const quarters: [string, string][] = [
      ["I", "03-1" + gi],
      ["II", "06-1" + gi],
      ["III", "09-1" + gi],
      ["IV", gi === 0 ? "11-20" : `11-1${gi}`],
    ];
    quarters.forEach(([q, md], qi) => {
      if (skipped(y, gi, qi)) return;
      out.push({
        key: k(`to-${gi}-${qi}`),
        y,
        type: "GROUP",
        title: `Sinh hoạt ${g.name} quý ${q}/${y}`,
        date: `${y}-${md}`,
        time: "16:30",
        place: `Phòng ${g.name.replace("Tổ ", "tổ ")}`,
        groupId: g.id,
        chair: leader,
        secretary: deputy,
        invitees: members,
        agenda: [
          {
            title:
              qi === 1
                ? `Đánh giá, xếp loại đoàn viên năm học ${y - 1}–${y} (dự kiến)`
                : `Đánh giá hoạt động quý ${q}, kế hoạch quý tiếp theo`,
            isMain: true,
            discussion: "Các đoàn viên phát biểu, đồng tình với đánh giá của tổ trưởng.",
            conclusion: "Tổ hoàn thành tốt nhiệm vụ trong quý.",
            vote: true,
          },
          {
            title: "Tâm tư, nguyện vọng của đoàn viên",
            isMain: false,
            discussion: "Đoàn viên nêu ý kiến về chế độ và điều kiện làm việc.",
            conclusion: "Tổ tổng hợp gửi BCH.",
            vote: false,
          },
        ],
        decisions:
          qi === 1 && gi === 0
            ? [
                {
                  content: "Hoàn thiện phiếu tự đánh giá của đoàn viên trong tổ",
                  assignee: leader,
                  due: `${y}-05-31`,
                },
              ]
            : [],
      });
    });
  });

  out.push({
    key: k("binh-xet"),
    y,
    type: "CONFERENCE_EMULATION",
    title: `Hội nghị bình xét thi đua năm học ${y - 1}–${y}`,
    date: `${y}-06-18`,
    place: "Hội trường nhà trường",
    chair,
    secretary,
    prepKey: k("bch-05"),
    invitees: active,
    agenda: [
      {
        title: `Bình xét danh hiệu thi đua năm học ${y - 1}–${y}`,
        isMain: true,
        discussion: "Các tổ báo cáo kết quả bình xét; hội nghị thảo luận từng trường hợp.",
        conclusion: "Thông qua danh sách đề nghị công nhận danh hiệu thi đua.",
        vote: true,
      },
    ],
    decisions: [
      {
        content: "Hoàn thiện hồ sơ đề nghị khen thưởng gửi Công đoàn cấp trên",
        assignee: chair,
        due: `${y}-06-28`,
      },
    ],
  });
  return out;
}
