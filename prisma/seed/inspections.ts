// The UBKT's work in the demo (decision 0077), told as of the seeding day (story.ts):
//   - last year's plan and its one inspection, held in October and November: the chi thăm hỏi of the
//     first nine months, with a finding on the third visit of the year to one member (the visit
//     over the quy chế's limit, welfare.ts), a recommendation the BCH answered and the UBKT
//     accepted, then closed in December. All of it before the start of this year, so it reads
//     right on any day;
//   - this year's plan (finance, welfare, Điều lệ), with no inspection held yet.
import type { DemoContext } from "./context";
import { formatDate, formatMoney, todayInVietnam } from "../../lib/format";

const LEADER = "Phan Thị Kim Yến";
const MEMBER = "Vũ Minh Trung";
const CHAIR = "Trần Thị Thu Hà";

export async function seedInspections(ctx: DemoContext) {
  const { db, unitId, story } = ctx;
  const last = story.y(2025);
  const team = `${LEADER} (trưởng đoàn), ${MEMBER}`;
  await db.inspectionPlanItem.createMany({
    data: [
      [2026, "FINANCE", `Thu, chi tài chính công đoàn, quyết toán năm ${last}`, `Năm ${last}`, 3],
      [
        2026,
        "WELFARE",
        `Chi thăm hỏi, hỗ trợ đoàn viên 6 tháng đầu năm ${story.y(2026)}`,
        "6 tháng đầu năm",
        8,
      ],
      [2026, "CHARTER", "Sinh hoạt tổ công đoàn, thu nộp đoàn phí theo Điều lệ", "9 tháng đầu năm", 11],
    ].map(([y, subject, content, periodLabel, plannedMonth]) => ({
      unitId,
      year: story.y(y as number),
      subject: subject as "FINANCE" | "WELFARE" | "CHARTER",
      content: content as string,
      periodLabel: periodLabel as string,
      plannedMonth: plannedMonth as number,
      team,
    })),
  });
  const planItem = await db.inspectionPlanItem.create({
    data: {
      unitId,
      year: last,
      subject: "WELFARE",
      content: `Chi thăm hỏi, hỗ trợ đoàn viên 9 tháng đầu năm ${last}`,
      periodLabel: `9 tháng đầu năm ${last}`,
      plannedMonth: 10,
      team,
    },
  });
  await seedLastYearInspection(ctx, planItem.id);
}

async function seedLastYearInspection(ctx: DemoContext, planItemId: string) {
  const { db, unitId, story } = ctx;
  const last = story.y(2025);
  const [from, to] = [story.day("2025-01-01"), story.day("2025-09-30")];
  const visits = await db.welfareVisit.findMany({
    where: { unitId, state: "DONE", eventOn: { gte: from, lte: to } },
    orderBy: [{ eventOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      memberId: true,
      eventOn: true,
      amount: true,
      overrideReason: true,
      member: { select: { fullName: true } },
      category: { select: { name: true } },
    },
  });
  const over = visits.find((v) => v.overrideReason);
  const july = await db.meeting.findFirst({
    where: {
      unitId,
      type: "BCH_REGULAR",
      startsAt: { gte: story.day("2025-07-01"), lt: story.day("2025-08-01") },
    },
    select: { id: true, title: true, startsAt: true },
  });
  if (!over || !july || visits.length < 2)
    throw new Error("Thiếu dữ liệu thăm hỏi năm trước cho cuộc kiểm tra mẫu.");
  // The labels as lib/inspections/evidence-records.ts writes them when the UBKT picks a record.
  const visitLabel = (v: (typeof visits)[number]) =>
    `${formatDate(v.eventOn)} · ${v.member.fullName} · ${v.category.name} · ${formatMoney(v.amount)}`;
  const inspection = await db.inspection.create({
    data: {
      unitId,
      planItemId,
      year: last,
      subject: "WELFARE",
      title: `Kiểm tra việc chi thăm hỏi, hỗ trợ đoàn viên 9 tháng đầu năm ${last}`,
      inspectedParty: "Ban Chấp hành Công đoàn cơ sở",
      periodFrom: from,
      periodTo: to,
      status: "CLOSED",
      startedOn: story.day("2025-10-13"),
      concludedOn: story.day("2025-10-24"),
      closedOn: story.day("2025-12-10"),
      conclusion:
        "Ban Chấp hành đã chi thăm hỏi đúng đối tượng, đúng mức theo quy chế; sổ theo dõi ghi đầy đủ, khớp chứng từ. Còn một khoản chi vượt số lần trong năm có biên bản họp Ban Chấp hành nhưng hồ sơ chưa kèm giấy ra viện của đoàn viên.",
      inspectedRepName: CHAIR,
      inspectedRepTitle: "Chủ tịch CĐCS",
      team: {
        create: [
          { memberId: ctx.byName(LEADER).id, isLeader: true },
          { memberId: ctx.byName(MEMBER).id, isLeader: false },
        ],
      },
    },
  });
  await db.inspectionFinding.create({
    data: {
      inspectionId: inspection.id,
      severity: "OBSERVATION",
      text: "Các khoản chi thăm hỏi đã đối chiếu đều có chứng từ, đúng đối tượng và mức chi theo quy chế; sổ theo dõi thăm hỏi ghi đầy đủ.",
      evidence: {
        create: visits.slice(0, 2).map((v) => ({ kind: "welfareVisit", refId: v.id, label: visitLabel(v) })),
      },
      createdAt: story.at("2025-10-20T10:00"),
    },
  });
  const finding = await db.inspectionFinding.create({
    data: {
      inspectionId: inspection.id,
      severity: "SHORTCOMING",
      text: `Lần chi ốm đau thứ ba trong năm cho đoàn viên ${over.member.fullName} vượt số lần theo quy chế: đã có biên bản họp Ban Chấp hành thống nhất, nhưng hồ sơ chưa kèm giấy ra viện.`,
      evidence: {
        create: [
          { kind: "welfareVisit", refId: over.id, label: visitLabel(over) },
          { kind: "member", refId: over.memberId, label: over.member.fullName },
          {
            kind: "meeting",
            refId: july.id,
            label: `${formatDate(todayInVietnam(july.startsAt))} · ${july.title}`,
          },
        ],
      },
      createdAt: story.at("2025-10-20T10:30"),
    },
  });
  const rec = await db.inspectionRecommendation.create({
    data: {
      inspectionId: inspection.id,
      findingId: finding.id,
      text: "Bổ sung giấy ra viện vào hồ sơ khoản chi; từ nay mọi khoản chi vượt mức, vượt số lần lưu kèm biên bản họp Ban Chấp hành và chứng từ của đoàn viên.",
      responsible: "Ban Chấp hành CĐCS",
      dueOn: story.day("2025-11-30"),
      status: "ACCEPTED",
      createdAt: story.at("2025-10-22T09:00"),
    },
  });
  await db.inspectionResponse.create({
    data: {
      recommendationId: rec.id,
      text: "Đã bổ sung bản sao giấy ra viện vào hồ sơ chi; đã phổ biến tại cuộc họp Ban Chấp hành: hồ sơ chi vượt mức phải kèm biên bản họp và chứng từ.",
      doneOn: story.day("2025-11-18"),
      respondedByName: CHAIR,
      respondedAt: story.at("2025-11-19T15:00"),
      accepted: true,
      reviewNote: "Hồ sơ đã đầy đủ.",
      reviewedByName: LEADER,
      reviewedAt: story.at("2025-12-08T09:30"),
    },
  });
}
