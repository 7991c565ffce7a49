// Ten opinions (tâm tư, nguyện vọng) of the demo unit in different states; a few anonymous;
// one from the demo đoàn viên (doanvien@demo.vn) answered, so that the demo shows an answer.
import { randomUUID } from "node:crypto";
import type { DemoContext } from "./context";

type Seed = { who?: string; anonymous?: boolean; topic: string; body: string; status: "NEW" | "IN_PROGRESS" | "ANSWERED"; answer?: string; meetingKey?: string; on: string };

const OPINIONS: Seed[] = [
  { who: "Phạm Minh Tuấn", topic: "Phòng máy tính cho tổ Toán – Tin", body: "Đề nghị nhà trường bố trí thêm 5 máy tính cho phòng thực hành vì nhiều máy đã hỏng.", status: "ANSWERED", answer: "BCH đã làm việc với Ban Giám hiệu; nhà trường sẽ mua bổ sung 5 máy trong tháng 12/2026.", on: "2026-10-02" },
  { who: "Phạm Minh Tuấn", anonymous: true, topic: "Giờ họp chuyên môn", body: "Họp chuyên môn thường kéo dài quá 18 giờ, ảnh hưởng việc đón con.", status: "NEW", on: "2026-11-18" },
  { anonymous: true, topic: "Chế độ trực bán trú", body: "Mong BCH đề xuất bồi dưỡng cho giáo viên trực bán trú buổi trưa.", status: "IN_PROGRESS", on: "2026-11-05" },
  { who: "Lê Thị Mai", topic: "Khám sức khỏe định kỳ", body: "Đề nghị tổ chức khám sức khỏe định kỳ cho đoàn viên nữ có thêm khám phụ khoa.", status: "ANSWERED", answer: "Đã đưa vào kế hoạch khám sức khỏe tháng 4/2027.", meetingKey: "to-0-2", on: "2026-09-10" },
  { who: "Đặng Thị Hương", topic: "Tham quan hè", body: "Nhiều đoàn viên mong được tổ chức tham quan học tập trong hè.", status: "ANSWERED", answer: "BCH sẽ tổ chức tham quan Huế vào tháng 7/2027, đoàn viên đóng góp một phần.", on: "2026-06-15" },
  { who: "Ngô Thị Thảo", topic: "Nước uống cho giáo viên", body: "Phòng giáo viên tầng 2 chưa có bình nước uống.", status: "IN_PROGRESS", meetingKey: "to-2-3", on: "2026-11-12" },
  { anonymous: true, topic: "Phân công tiết dạy", body: "Phân công tiết dạy chưa đều giữa các giáo viên trong tổ.", status: "NEW", on: "2026-11-20" },
  { who: "Lý Thị Hằng", topic: "Hỗ trợ đoàn viên khó khăn", body: "Đề nghị BCH thăm hỏi gia đình chị Hoa có chồng nằm viện dài ngày.", status: "ANSWERED", answer: "BCH đã thăm hỏi và trao 1.000.000 ₫ ngày 20/8/2026.", on: "2026-08-14" },
  { who: "Trần Thị Oanh", topic: "Máy photocopy văn phòng", body: "Máy photocopy hỏng thường xuyên, cần thay mới.", status: "NEW", meetingKey: "to-4-3", on: "2026-11-14" },
  { anonymous: true, topic: "Văn nghệ 20/11", body: "Lịch tập văn nghệ chiếm nhiều thời gian ngoài giờ, mong được bố trí hợp lý hơn.", status: "IN_PROGRESS", on: "2026-11-01" },
];

export async function seedOpinions(ctx: DemoContext, meetingIds: Record<string, string>) {
  const answeredBy = ctx.userIdOf("chutich@demo.vn");
  await ctx.db.opinion.createMany({
    data: OPINIONS.map((o) => {
      const sender = o.who ? ctx.byName(o.who).id : ctx.members.filter((m) => m.active)[7].id;
      const createdAt = new Date(`${o.on}T09:00:00.000+07:00`);
      return {
        id: randomUUID(),
        unitId: ctx.unitId,
        meetingId: o.meetingKey ? meetingIds[o.meetingKey] : null,
        senderMemberId: o.meetingKey ? null : sender,
        authorMemberId: o.anonymous ? null : sender,
        isAnonymous: !!o.anonymous,
        topic: o.topic,
        body: o.body,
        status: o.status,
        answer: o.answer ?? null,
        answeredByUserId: o.answer ? answeredBy : null,
        answeredAt: o.answer ? new Date(createdAt.getTime() + 5 * 86_400_000) : null,
        createdAt,
      };
    }),
  });
}
