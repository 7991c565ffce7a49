// The demo's chương trình công tác (lib/programme, decision 0082) for this năm học and the last,
// told as of the seeding day (story.ts). Each item names its month of the năm học and, where the
// demo has one, the record that carries it out, found in the demo's own meetings, movements and
// welfare visits of that month: a held meeting makes its item done by the done rule, a planned one
// leaves it planned. An item of a month that has ended with nothing to link was ticked done by the
// BCH, but for one item moved and one dropped, with their reasons; months to come stay planned.
import type { DemoContext } from "./context";
import { formatDate, formatMoney, todayInVietnam } from "../../lib/format";
import type { MeetingType } from "../../lib/generated/prisma/client";
import { cycleMonths, periodDays, type Period } from "../../lib/programme/periods";
import { SCHOOL_CYCLE } from "../../lib/settings/cycle";

const CHAIR = "Trần Thị Thu Hà";
const VICE = "Hoàng Văn Nam";
const ANH = "Võ Thị Ngọc Ánh";
const THANG = "Huỳnh Đức Thắng";
const PHUONG = "Hồ Thị Phượng";
const UBKT = "Phan Thị Kim Yến";

type Carrier = { meeting: MeetingType } | { movement: string } | "visit" | null;
type Template = {
  period: Period;
  title: string;
  content?: string;
  owner: string;
  carrier: Carrier;
  /** What became of it once its month has passed, when not done. */
  fate?: { state: "MOVED" | "DROPPED"; reason: string };
};

const m = (month: number): Period => ({ month, quarter: null });
const q = (quarter: number): Period => ({ month: null, quarter });
const bch = (month: number, topic: string): Template => ({
  period: m(month),
  title: `Họp Ban Chấp hành thường kỳ tháng ${month}`,
  content: topic,
  owner: CHAIR,
  carrier: { meeting: "BCH_REGULAR" },
});

const TEMPLATES: Template[] = [
  bch(9, "Triển khai chương trình công tác năm học; phân công ủy viên phụ trách"),
  {
    period: m(9),
    title: "Phát động phong trào thi đua “Lao động giỏi – Lao động sáng tạo”",
    content: "Đoàn viên đăng ký thi đua trước 20/10",
    owner: VICE,
    carrier: { movement: "Lao động giỏi – Lao động sáng tạo" },
  },
  bch(10, "Chuẩn bị kỷ niệm Ngày Phụ nữ Việt Nam 20/10, lễ kết nạp đoàn viên mới"),
  { period: m(10), title: "Tổ chức kỷ niệm Ngày Phụ nữ Việt Nam 20/10", owner: PHUONG, carrier: null },
  {
    period: m(10),
    title: "Tập huấn nghiệp vụ công tác công đoàn cho tổ trưởng",
    owner: ANH,
    carrier: null,
    fate: { state: "MOVED", reason: "Công đoàn cấp trên dời lịch tập huấn chung sang đợt sau" },
  },
  bch(11, "Hưởng ứng Ngày Nhà giáo Việt Nam 20/11"),
  {
    period: m(11),
    title: "Thăm hỏi đoàn viên ốm đau, gia đình có việc hiếu",
    owner: THANG,
    carrier: "visit",
  },
  {
    period: m(11),
    title: "Giao lưu thể thao với công đoàn trường bạn",
    owner: THANG,
    carrier: null,
    fate: { state: "DROPPED", reason: "Trùng lịch kiểm tra học kỳ I của học sinh" },
  },
  bch(12, "Sơ kết học kỳ I; chuẩn bị Hội nghị cán bộ, công chức, viên chức"),
  {
    period: q(2),
    title: "Sinh hoạt tổ công đoàn quý II",
    content: "Các tổ sinh hoạt, nắm tâm tư, nguyện vọng đoàn viên",
    owner: VICE,
    carrier: { meeting: "GROUP" },
  },
  {
    period: m(1),
    title: "Phối hợp tổ chức Hội nghị cán bộ, công chức, viên chức",
    owner: CHAIR,
    carrier: { meeting: "CONFERENCE_STAFF" },
  },
  bch(1, "Thăm hỏi, tặng quà Tết Nguyên đán cho đoàn viên"),
  bch(2, "Tổng hợp tình hình đoàn viên sau Tết"),
  { period: m(3), title: "Kỷ niệm Ngày Quốc tế Phụ nữ 8/3", owner: PHUONG, carrier: null },
  bch(3, "Hưởng ứng Ngày Quốc tế Phụ nữ 8/3"),
  { period: q(3), title: "Ủy ban Kiểm tra kiểm tra thu, chi quỹ công đoàn", owner: UBKT, carrier: null },
  bch(4, "Sơ kết quý, phát động thi đua quý II"),
  bch(5, "Chuẩn bị bình xét thi đua cuối năm học; Tháng Công nhân"),
  {
    period: m(5),
    title: "Bình xét thi đua, xếp loại đoàn viên cuối năm học",
    owner: CHAIR,
    carrier: { meeting: "CONFERENCE_EMULATION" },
  },
  {
    period: m(6),
    title: "Khen thưởng con đoàn viên học giỏi, Ngày Quốc tế Thiếu nhi 1/6",
    owner: ANH,
    carrier: null,
  },
  { period: m(7), title: "Tổ chức tham quan, nghỉ mát hè cho đoàn viên", owner: THANG, carrier: null },
  {
    period: m(8),
    title: "Tổng kết công tác công đoàn năm học; xây dựng chương trình năm học mới",
    owner: CHAIR,
    carrier: null,
  },
];

export async function seedProgramme(ctx: DemoContext) {
  const now = ctx.yearStory.year;
  await seedYear(ctx, now - 1);
  await seedYear(ctx, now);
}

async function seedYear(ctx: DemoContext, year: number) {
  const { db, unitId, story } = ctx;
  const chairUser = ctx.userIdOf("chutich@demo.vn");
  const today = story.today;
  const months = cycleMonths(SCHOOL_CYCLE);
  for (const t of TEMPLATES) {
    const days = periodDays(year, SCHOOL_CYCLE, t.period);
    const ended = days.to < today;
    const link = await findCarrier(ctx, t.carrier, year, days);
    let period = t.period;
    let state: "PLANNED" | "DONE" | "MOVED" | "DROPPED" = link ? "PLANNED" : ended ? "DONE" : "PLANNED";
    let movedFrom: string | null = null;
    let stateReason: string | null = null;
    if (t.fate && ended) {
      stateReason = t.fate.reason;
      state = t.fate.state;
      if (t.fate.state === "MOVED") {
        // To the month after this one that has not ended yet; done there once the năm học has moved on.
        movedFrom = `M${t.period.month}`;
        const later = months
          .slice(months.indexOf(t.period.month!) + 1)
          .find((mo) => periodDays(year, SCHOOL_CYCLE, m(mo)).to >= today);
        period = m(later ?? months[11]);
        if (!later) state = "DONE";
      }
    }
    await db.programmeItem.create({
      data: {
        unitId,
        year,
        ...period,
        title: t.title,
        content: t.content ?? "",
        ownerMemberId: ctx.byName(t.owner).id,
        state,
        stateReason: state === "DONE" ? null : stateReason,
        movedFrom,
        ...(link ?? {}),
        createdById: chairUser,
        createdAt: story.at(story.upTo(`${story.storyToday}T08:00`)),
      },
    });
  }
}

async function findCarrier(ctx: DemoContext, c: Carrier, year: number, days: { from: Date; to: Date }) {
  const { db, unitId } = ctx;
  if (!c) return null;
  const end = new Date(days.to.getTime() + 86_400_000 - 7 * 3600_000);
  const start = new Date(days.from.getTime() - 7 * 3600_000);
  if (c === "visit") {
    const v = await db.welfareVisit.findFirst({
      where: { unitId, state: "DONE", eventOn: { gte: days.from, lte: days.to } },
      orderBy: [{ eventOn: "asc" }, { id: "asc" }],
      select: {
        id: true,
        eventOn: true,
        amount: true,
        member: { select: { fullName: true } },
        category: { select: { name: true } },
      },
    });
    return (
      v && {
        linkKind: "welfareVisit",
        linkId: v.id,
        linkLabel: `${formatDate(v.eventOn)} · ${v.category.name} · ${v.member.fullName} · ${formatMoney(v.amount)}`,
      }
    );
  }
  if ("meeting" in c) {
    const mt = await db.meeting.findFirst({
      where: { unitId, type: c.meeting, startsAt: { gte: start, lt: end } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true, startsAt: true, title: true },
    });
    return (
      mt && {
        linkKind: "meeting",
        linkId: mt.id,
        linkLabel: `${formatDate(todayInVietnam(mt.startsAt))} · ${mt.title}`,
      }
    );
  }
  const mv = await db.emulationMovement.findFirst({
    where: { unitId, name: c.movement },
    select: { id: true, name: true },
  });
  // Linked only in a năm học the movement was launched in (emulation.ts opens last year's and this year's).
  const launched =
    mv &&
    (await db.emulationYearMovement.findFirst({
      where: { movementId: mv.id, year: { unitId, year } },
      select: { id: true },
    }));
  return mv && launched ? { linkKind: "movement", linkId: mv.id, linkLabel: mv.name } : null;
}
