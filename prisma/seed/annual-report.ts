// The báo cáo tổng kết in the demo (lib/reports/annual), told on the năm học (yearStory):
//   - last năm học's tổng kết, its four narrative sections written and marked final by the chủ tịch
//     in August, at the end of that năm học: before the start of this one, so right on any day;
//   - this năm học's draft, with only "Đánh giá chung" begun: the BCH writes the rest at year end.
// Only the narrative is stored: the figures of either report are computed when it is generated.
import type { DemoContext } from "./context";
import type { SectionKey } from "../../lib/reports/annual/sections";
import { cycleYearLabel, SCHOOL_CYCLE } from "../../lib/settings/cycle";

export async function seedAnnualReports(ctx: DemoContext) {
  const { db, unitId, yearStory: story } = ctx;
  const chair = ctx.userIdOf("chutich@demo.vn");
  const last = story.y(2025);
  const label = (y: number) => cycleYearLabel(y, SCHOOL_CYCLE);
  const finalisedAt = story.at("2025-12-20T16:00");
  await db.annualReport.create({
    data: {
      unitId,
      year: last,
      status: "FINAL",
      version: 5,
      finalisedAt,
      finalisedByUserId: chair,
      sections: {
        create: (
          [
            {
              key: "ASSESSMENT",
              body: `Trong ${label(last)}, Ban Chấp hành đã bám sát nghị quyết đại hội và chương trình công tác năm, phối hợp chặt chẽ với chuyên môn nhà trường.\nSinh hoạt tổ công đoàn được duy trì đều đặn hằng tháng; công tác thăm hỏi, hỗ trợ đoàn viên ốm đau, gia đình có việc hiếu, việc hỉ được thực hiện kịp thời, đúng quy chế chi tiêu nội bộ.\nPhong trào "Giỏi việc nước, đảm việc nhà" và "Dạy tốt – học tốt" được đông đảo đoàn viên hưởng ứng.`,
            },
            {
              key: "SHORTCOMINGS",
              body: "Một số tổ công đoàn sinh hoạt còn hình thức, tỷ lệ dự họp chưa cao.\nViệc giải quyết một số ý kiến, kiến nghị của đoàn viên còn chậm; một số nội dung giao việc sau cuộc họp chưa hoàn thành đúng hạn.\nNguyên nhân: khối lượng công việc chuyên môn lớn, cán bộ công đoàn đều kiêm nhiệm.",
            },
            {
              key: "DIRECTIONS",
              body: `Tiếp tục đổi mới nội dung, hình thức sinh hoạt tổ công đoàn, mỗi buổi tập trung một, hai chuyên đề.\nPhấn đấu 100 % đoàn viên đăng ký thi đua đúng hạn; không có đoàn viên xếp loại không hoàn thành nhiệm vụ.\nThực hiện thu, nộp đoàn phí đầy đủ, đúng quy định; công khai thu – chi quỹ công đoàn mỗi học kỳ.`,
            },
            {
              key: "PROPOSALS",
              body: "Đề nghị công đoàn cấp trên tổ chức tập huấn nghiệp vụ tài chính công đoàn cho ủy viên phụ trách tài chính.\nĐề nghị nhà trường tiếp tục tạo điều kiện về thời gian và kinh phí cho các hoạt động văn hóa, thể thao của công đoàn.",
            },
          ] satisfies { key: SectionKey; body: string }[]
        ).map((s) => ({ ...s, version: 1, updatedByUserId: chair, updatedAt: finalisedAt })),
      },
    },
  });
  await db.annualReport.create({
    data: {
      unitId,
      year: story.year,
      version: 1,
      sections: {
        create: [
          {
            key: "ASSESSMENT",
            body: `Bước vào ${label(story.year)}, Ban Chấp hành đã kiện toàn các tổ công đoàn, xây dựng chương trình công tác năm và phát động đăng ký thi đua trong đoàn viên.`,
            version: 1,
            updatedByUserId: chair,
          },
        ],
      },
    },
  });
}
