// The demo unit's membership papers as of the seeding day (prisma/seed/story.ts): the young teacher
// admitted this year came through a đơn gia nhập, the BCH's approval, a quyết định kết nạp and the
// lễ kết nạp (the day demo-seed.ts admits her); a new đơn waits for the BCH (five days old); last
// year's đơn from a contract worker was refused; the newcomer's card is requested; the teacher who
// moved to Trường THPT Trần Cao Vân has her giấy giới thiệu (the move-out event, with its tổ).
import type { DemoContext } from "./context";

const DAY = 86_400_000;
const minus = (d: Date, days: number) => new Date(d.getTime() - days * DAY);

export async function seedMembership(ctx: DemoContext) {
  const { db, unitId, story } = ctx;
  const chair = ctx.userIdOf("chutich@demo.vn");
  const admittedEvent = await db.memberEvent.findFirst({
    where: { member: { unitId }, type: "ADMITTED", reason: { startsWith: "Lễ kết nạp" } },
    include: { member: true },
  });
  if (!admittedEvent) throw new Error("Câu chuyện mẫu thiếu đoàn viên mới kết nạp.");
  const m = admittedEvent.member;
  const ceremonyOn = admittedEvent.effectiveOn;
  // Its quyết định: ten days before the lễ, the BCH's approval five days before that, the đơn a month before.
  const decision = await db.admissionDecision.create({
    data: {
      unitId,
      number: "01/QĐ-CĐCS",
      decidedOn: minus(ceremonyOn, 10),
      ceremonyOn,
      createdById: chair,
    },
  });
  await db.membershipApplication.create({
    data: {
      unitId,
      fullName: m.fullName,
      gender: m.gender,
      dateOfBirth: m.dateOfBirth,
      phone: m.phone,
      email: m.email,
      jobTitle: m.jobTitle,
      groupId: m.groupId,
      appliedOn: minus(ceremonyOn, 30),
      introducedBy: "Tổ trưởng tổ công đoàn",
      status: "ADMITTED",
      decidedOn: minus(ceremonyOn, 15),
      decisionRef: "Họp BCH thường kỳ",
      admissionId: decision.id,
      memberId: m.id,
      createdById: chair,
    },
  });
  await db.cardRequest.create({
    data: { unitId, memberId: m.id, kind: "NEW", requestedOn: ceremonyOn, createdById: chair },
  });

  // A đơn waiting for the BCH, and one the BCH refused last year.
  const groupId = m.groupId;
  await db.membershipApplication.create({
    data: {
      unitId,
      fullName: "Lê Thị Thanh Tâm",
      gender: "FEMALE",
      dateOfBirth: story.day("2000-11-03"),
      jobTitle: "Giáo viên Tiếng Anh (hợp đồng)",
      groupId,
      appliedOn: minus(story.today, 5),
      introducedBy: "Trần Thị Thu Hà",
      createdById: chair,
    },
  });
  await db.membershipApplication.create({
    data: {
      unitId,
      fullName: "Nguyễn Văn Bảo",
      gender: "MALE",
      dateOfBirth: story.day("1990-02-14"),
      jobTitle: "Bảo vệ (hợp đồng thời vụ)",
      groupId: ctx.groups[ctx.groups.length - 1].id,
      appliedOn: story.day("2025-03-02"),
      status: "REFUSED",
      decidedOn: story.day("2025-03-20"),
      decisionRef: "Họp BCH tháng 3",
      refusalReason: "Hợp đồng thời vụ dưới 1 tháng, chưa đủ điều kiện theo Điều lệ.",
      createdById: chair,
    },
  });

  // The move-out event names the tổ the member left (its giấy giới thiệu prints it).
  const out = await db.memberEvent.findFirst({ where: { member: { unitId }, type: "TRANSFERRED_OUT" } });
  if (out && !out.fromGroupId) {
    const ended = await db.groupMembership.findFirst({
      where: { memberId: out.memberId, endOn: out.effectiveOn },
      select: { groupId: true },
    });
    if (ended) await db.memberEvent.update({ where: { id: out.id }, data: { fromGroupId: ended.groupId } });
  }
}
