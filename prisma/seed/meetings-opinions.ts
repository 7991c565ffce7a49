// Ten opinions (tâm tư, nguyện vọng) of the demo unit in different states, dated back from today; a
// few anonymous; one from the demo đoàn viên (doanvien@demo.vn) answered, so that the demo shows an
// answer. An opinion raised at a tổ meeting belongs to one the tổ has held.
import { randomUUID } from "node:crypto";
import type { DemoContext } from "./context";
import { textDate, textMonth } from "./story-days";

const DAY_MS = 86_400_000;
const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);

type Seed = {
  who?: string;
  anonymous?: boolean;
  topic: string;
  body: string;
  status: "NEW" | "IN_PROGRESS" | "ANSWERED";
  /** The answer, written on the day it was given. */
  answer?: (answeredOn: Date) => string;
  /** Sent this many days ago… */
  daysAgo?: number;
  /** …or raised at a tổ's meeting (index in ctx.groups): its latest held one, or the one before (`earlier`). */
  atGroupMeeting?: { group: number; earlier?: boolean };
};

const OPINIONS: Seed[] = [
  {
    who: "Phạm Minh Tuấn",
    topic: "Phòng máy tính cho tổ Toán – Tin",
    body: "Đề nghị nhà trường bố trí thêm 5 máy tính cho phòng thực hành vì nhiều máy đã hỏng.",
    status: "ANSWERED",
    answer: (d) =>
      `BCH đã làm việc với Ban Giám hiệu; nhà trường sẽ mua bổ sung 5 máy trong tháng ${textMonth(plus(d, 60))}.`,
    daysAgo: 12, // answered a week ago: "Của tôi" shows it among the recent answers
  },
  {
    who: "Phạm Minh Tuấn",
    anonymous: true,
    topic: "Giờ họp chuyên môn",
    body: "Họp chuyên môn thường kéo dài quá 18 giờ, ảnh hưởng việc đón con.",
    status: "NEW",
    daysAgo: 4,
  },
  {
    anonymous: true,
    topic: "Chế độ trực bán trú",
    body: "Mong BCH đề xuất bồi dưỡng cho giáo viên trực bán trú buổi trưa.",
    status: "IN_PROGRESS",
    daysAgo: 17,
  },
  {
    who: "Lê Thị Mai",
    topic: "Khám sức khỏe định kỳ",
    body: "Đề nghị tổ chức khám sức khỏe định kỳ cho đoàn viên nữ có thêm khám phụ khoa.",
    status: "ANSWERED",
    answer: (d) => `Đã đưa vào kế hoạch khám sức khỏe tháng ${textMonth(plus(d, 180))}.`,
    atGroupMeeting: { group: 0, earlier: true },
  },
  {
    who: "Đặng Thị Hương",
    topic: "Tham quan hè",
    body: "Nhiều đoàn viên mong được tổ chức tham quan học tập trong hè.",
    status: "ANSWERED",
    answer: (d) =>
      `BCH sẽ tổ chức tham quan Huế vào tháng 7/${d.getUTCMonth() < 5 ? d.getUTCFullYear() : d.getUTCFullYear() + 1}, đoàn viên đóng góp một phần.`,
    daysAgo: 160,
  },
  {
    who: "Ngô Thị Thảo",
    topic: "Nước uống cho giáo viên",
    body: "Phòng giáo viên tầng 2 chưa có bình nước uống.",
    status: "IN_PROGRESS",
    atGroupMeeting: { group: 2 },
  },
  {
    anonymous: true,
    topic: "Phân công tiết dạy",
    body: "Phân công tiết dạy chưa đều giữa các giáo viên trong tổ.",
    status: "NEW",
    daysAgo: 2,
  },
  {
    who: "Lý Thị Hằng",
    topic: "Hỗ trợ đoàn viên khó khăn",
    body: "Đề nghị BCH thăm hỏi gia đình chị Hoa có chồng nằm viện dài ngày.",
    status: "ANSWERED",
    answer: (d) => `BCH đã thăm hỏi và trao 1.000.000 ₫ ngày ${textDate(plus(d, -1))}.`,
    daysAgo: 100,
  },
  {
    who: "Trần Thị Oanh",
    topic: "Máy photocopy văn phòng",
    body: "Máy photocopy hỏng thường xuyên, cần thay mới.",
    status: "NEW",
    atGroupMeeting: { group: 4 },
  },
  {
    anonymous: true,
    topic: "Lịch tập văn nghệ",
    body: "Lịch tập văn nghệ chào mừng các ngày lễ chiếm nhiều thời gian ngoài giờ, mong được bố trí hợp lý hơn.",
    status: "IN_PROGRESS",
    daysAgo: 21,
  },
];

export type HeldMeeting = { id: string; groupId: string | null; date: string; time?: string };

/** `held`: the meetings held by today, in date order. */
export async function seedOpinions(ctx: DemoContext, held: HeldMeeting[]) {
  const { story } = ctx;
  const answeredBy = ctx.userIdOf("chutich@demo.vn");
  const sentBy = ctx.members.filter((m) => m.active)[7].id;
  await ctx.db.opinion.createMany({
    data: OPINIONS.map((o) => {
      const sender = o.who ? ctx.byName(o.who).id : sentBy;
      let meetingId: string | null = null;
      let createdAt: Date;
      if (o.atGroupMeeting) {
        const groupId = ctx.groups[o.atGroupMeeting.group].id;
        const ofGroup = held.filter((m) => m.groupId === groupId);
        const m = ofGroup.at(o.atGroupMeeting.earlier ? -2 : -1);
        if (!m) throw new Error(`Dữ liệu mẫu: ${ctx.groups[o.atGroupMeeting.group].name} chưa họp lần nào.`);
        meetingId = m.id;
        createdAt = story.at(`${m.date}T${m.time ?? "14:00"}`);
        createdAt = new Date(createdAt.getTime() + 3600_000); // during the meeting
      } else {
        createdAt = story.at(`${story.daysAgo(o.daysAgo ?? 0)}T09:00`);
      }
      // Answered within five days, and never after today.
      const answeredAt = o.answer
        ? new Date(
            Math.min(createdAt.getTime() + 5 * DAY_MS, story.at(`${story.storyToday}T08:00`).getTime()),
          )
        : null;
      return {
        id: randomUUID(),
        unitId: ctx.unitId,
        meetingId,
        senderMemberId: meetingId ? null : sender,
        authorMemberId: o.anonymous ? null : sender,
        isAnonymous: !!o.anonymous,
        topic: o.topic,
        body: o.body,
        status: o.status,
        answer: o.answer && answeredAt ? o.answer(answeredAt) : null,
        answeredByUserId: o.answer ? answeredBy : null,
        answeredAt,
        createdAt,
      };
    }),
  });
}
