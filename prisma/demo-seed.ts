// The demo unit: a provincial upper-secondary school's CĐCS, 42 members in 5 tổ,
// the term that began three years ago, and a few members who moved, left or retired. Told as of
// the day it is seeded (prisma/seed/story.ts).
import { seedAnnualReports } from "./seed/annual-report";
import type { DemoContext, DemoMember } from "./seed/context";
import { seedDues } from "./seed/dues";
import { seedEmulation } from "./seed/emulation";
import { seedFund } from "./seed/fund";
import { seedInspections } from "./seed/inspections";
import { seedMeetings } from "./seed/meetings";
import { seedMembership } from "./seed/membership";
import { GROUPS, NAMED } from "./seed/people";
import { seedProgramme } from "./seed/programme";
import { seedRating } from "./seed/rating";
import { makeSchoolYearStory, makeStory, type Story } from "./seed/story";
import { earlier, later } from "./seed/story-days";
import { seedUpper } from "./seed/upper";
import { seedWelfare } from "./seed/welfare";
import * as clock from "../lib/clock";
import { formatDate } from "../lib/format";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { rng, vietnameseName } from "../tests/factories/names";
import {
  makeGroup,
  makeMember,
  makePosition,
  makeTerm,
  makeUnit,
  makeUser,
} from "../tests/factories/records";

export const DEMO_PASSWORD = "Demo@2026";
export const DEMO_ACCOUNTS = [
  { email: "chutich@demo.vn", role: "Chủ tịch CĐCS" },
  { email: "uyvien@demo.vn", role: "Ủy viên BCH" },
  { email: "ubkt@demo.vn", role: "Chủ nhiệm UBKT" },
  { email: "totruong@demo.vn", role: "Tổ trưởng (Tổ Toán – Tin)" },
  { email: "doanvien@demo.vn", role: "Đoàn viên (Tổ Toán – Tin)" },
  { email: "captren@demo.vn", role: "Chủ tịch công đoàn cấp trên" },
] as const;

/**
 * Seeds the whole demo as of `today` (lib/clock.ts; the story: prisma/seed/story.ts) into the empty
 * database at `databaseUrl`, to which `db` is connected: the records, then the papers its CĐCS sent the
 * cấp trên, made by the app's own operations (seed/submissions.ts). Those reach the database through
 * lib/db, which reads DATABASE_URL: it is set here. Every launcher (npm start, db:seed, scale-out, the
 * fault scripts, the scale spec) seeds through this one function, so the demo is the same everywhere.
 */
export async function seedDemo(db: PrismaClient, databaseUrl: string, today: Date = clock.today()) {
  const result = await seedDemoRecords(db, today);
  process.env.DATABASE_URL = databaseUrl;
  // Loaded here, not at the top: the papers are built by the app's server code, which the scale
  // spec's loader (Playwright) cannot import; that spec seeds the records alone (seedDemoRecords).
  const { ENTERPRISE_CHAIR_EMAIL, seedDemoSubmissions } = await import("./seed/submissions");
  await seedDemoSubmissions(db, today);
  // The two chủ tịch who sent those papers have used the app: the cấp trên's pages say so.
  await db.user.updateMany({
    where: { email: { in: ["chutich@demo.vn", ENTERPRISE_CHAIR_EMAIL] } },
    data: { lastLoginAt: new Date(today.getTime() - 86_400_000 + 45 * 60_000) },
  });
  return result;
}

/** The demo's records without the papers sent to the cấp trên (what the scale spec needs). */
export async function seedDemoRecords(db: PrismaClient, today: Date = clock.today()) {
  const story = makeStory(today);
  const r = rng(2026);
  const unit = await makeUnit(db, {
    name: "Công đoàn Trường THPT Lê Quý Đôn",
    parentName: "Công đoàn Giáo dục thành phố Đà Nẵng",
    placeName: "Đà Nẵng",
  });
  const term = await makeTerm(
    db,
    unit.id,
    story.text("Nhiệm kỳ 2023–2028"),
    story.iso("2023-10-01"),
    story.iso("2028-09-30"),
  );
  const members: DemoMember[] = [];
  const groups: { id: string; name: string }[] = [];
  const users = new Map<string, string>();
  let card = 4910200;
  let n = 0;

  for (const g of GROUPS) {
    const group = await makeGroup(db, unit.id, g.name);
    groups.push({ id: group.id, name: group.name });
    const named = NAMED[g.name] ?? [];
    for (let i = 0; i < g.size; i++) {
      const who = named[i];
      const gender = who?.gender ?? (r() < 0.62 ? "FEMALE" : "MALE"); // schools are mostly women
      const birthYear = 1968 + Math.floor(r() * 30);
      const joinYear = Math.max(birthYear + 23, 1995 + Math.floor(r() * 28));
      const m = await makeMember(db, {
        unitId: unit.id,
        groupId: group.id,
        fullName: who?.fullName ?? vietnameseName(r, gender),
        gender,
        dateOfBirth: story.iso(
          `${birthYear}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`,
        ),
        // Before last năm học began, whatever the day (story.ts): so every teacher counts a full year.
        joinedUnionOn: story.iso(`${Math.min(joinYear, 2024)}-08-2${1 + Math.floor(r() * 5)}`),
        cardNumber: String(card++),
        jobTitle: g.job,
        department: g.name.replace("Tổ ", ""),
        phone: `09${String(10000000 + Math.floor(r() * 89999999))}`,
        email: who?.email,
        isPartyMember: r() < 0.35,
        qualification: r() < 0.3 ? "Thạc sĩ" : "Đại học",
        seed: ++n,
      });
      members.push({ id: m.id, fullName: m.fullName, groupId: group.id, gender, active: true });
      if (who?.role) {
        const isGroupRole = who.role === "GROUP_LEADER" || who.role === "GROUP_DEPUTY";
        await makePosition(db, {
          termId: term.id,
          memberId: m.id,
          office: who.role,
          groupId: isGroupRole ? group.id : undefined,
          startOn: story.iso("2023-10-01"),
        });
      }
      if (who?.email) {
        const user = await makeUser(db, {
          unitId: unit.id,
          email: who.email,
          password: DEMO_PASSWORD,
          memberId: m.id,
        });
        users.set(who.email, user.id);
      }
    }
  }

  await tellStory(db, members, story);
  const ctx: DemoContext = {
    db,
    unitId: unit.id,
    termId: term.id,
    groups,
    members,
    byName: (name) => members.find((m) => m.fullName === name) ?? fail(`Không có đoàn viên ${name}`),
    userIdOf: (email) => users.get(email) ?? fail(`Không có tài khoản ${email}`),
    random: r,
    story,
    yearStory: makeSchoolYearStory(today),
  };
  // A school: emulation and rating by năm học, from 01/09 (lib/settings/cycle.ts), since the term began.
  await db.setting.createMany({
    data: [
      { unitId: unit.id, key: "cycle.kind", value: "school", effectiveFrom: story.day("2023-09-01") },
      {
        unitId: unit.id,
        key: "emulation.registration.deadline",
        value: "10-20",
        effectiveFrom: story.day("2023-09-01"),
      },
    ],
  });
  await seedMeetings(ctx);
  await seedWelfare(ctx);
  await seedDues(ctx);
  await seedFund(ctx);
  await seedEmulation(ctx);
  await seedRating(ctx);
  await seedInspections(ctx);
  await seedMembership(ctx);
  await seedUpper(db, unit.id, DEMO_PASSWORD);
  await seedAnnualReports(ctx);
  await seedProgramme(ctx);
  return { unitId: unit.id, members: members.length };
}

/** Movements over the years: the history a real unit would carry. */
const fail = (message: string): never => {
  throw new Error(message);
};

async function tellStory(db: PrismaClient, members: DemoMember[], story: Story) {
  const day = story.day;
  const plain = members.filter(
    (m) =>
      !Object.values(NAMED)
        .flat()
        .some((n) => n.fullName === m.fullName),
  );
  const [retired, movedOut, left, suspended, movedGroup, newcomer] = plain.slice(-6);
  const end = async (
    id: string,
    status: "RETIRED" | "TRANSFERRED_OUT" | "LEFT" | "SUSPENDED",
    type: typeof status,
    on: string,
    reason: string,
  ) => {
    await db.member.update({ where: { id }, data: { status } });
    if (status !== "SUSPENDED")
      await db.groupMembership.updateMany({ where: { memberId: id, endOn: null }, data: { endOn: day(on) } });
    await db.memberEvent.create({ data: { memberId: id, type, effectiveOn: day(on), reason } });
  };
  for (const m of [retired, movedOut, left]) m.active = false;
  await end(retired.id, "RETIRED", "RETIRED", "2025-06-30", "Nghỉ hưu theo chế độ (QĐ số 112/QĐ-SGDĐT)");
  // This year's events that have not come yet by the seeding day happened last year instead.
  await end(
    movedOut.id,
    "TRANSFERRED_OUT",
    "TRANSFERRED_OUT",
    story.lastOccurrence("2026-08-15"),
    "Chuyển công tác về Trường THPT Trần Cao Vân",
  );
  await end(left.id, "LEFT", "LEFT", "2024-12-31", "Thôi việc theo nguyện vọng");
  await end(
    suspended.id,
    "SUSPENDED",
    "SUSPENDED",
    story.lastOccurrence("2026-03-01"),
    "Đi học nghiên cứu sinh tập trung 2 năm",
  );

  // A teacher moved from Văn phòng to Tổ Toán – Tin at the start of the school year.
  const toanTin = members[0].groupId;
  const movedOn = story.lastOccurrence("2026-09-01");
  const schoolYear = Number(movedOn.slice(0, 4));
  if (movedGroup.groupId !== toanTin) {
    await db.groupMembership.updateMany({
      where: { memberId: movedGroup.id, endOn: null },
      data: { endOn: day(movedOn) },
    });
    await db.groupMembership.create({
      data: { memberId: movedGroup.id, groupId: toanTin, startOn: day(movedOn) },
    });
    await db.member.update({ where: { id: movedGroup.id }, data: { groupId: toanTin } });
    await db.memberEvent.create({
      data: {
        memberId: movedGroup.id,
        type: "GROUP_CHANGED",
        effectiveOn: day(movedOn),
        fromGroupId: movedGroup.groupId,
        toGroupId: toanTin,
        reason: story.text(`Phân công lại chuyên môn năm học ${schoolYear}–${schoolYear + 1}`),
      },
    });
    movedGroup.groupId = toanTin;
  }
  // A young teacher admitted this year: at the 20/10 ceremony, or ten days ago while it has not come.
  const admitted = story.past("2026-10-20")
    ? "2026-10-20"
    : earlier(later(story.daysAgo(10), "2026-01-02"), story.storyToday);
  await db.member.update({
    where: { id: newcomer.id },
    data: { joinedUnionOn: day(admitted), dateOfBirth: day("2001-04-12") },
  });
  await db.groupMembership.updateMany({ where: { memberId: newcomer.id }, data: { startOn: day(admitted) } });
  await db.memberEvent.updateMany({
    where: { memberId: newcomer.id, type: "ADMITTED" },
    data: { effectiveOn: day(admitted), reason: `Lễ kết nạp đoàn viên ngày ${formatDate(day(admitted))}` },
  });
}
