// Anonymity that survives timing (issue 15, item 4): an anonymous opinion's id carries no time and
// its time is the day; no page gets another person's sign-in time finer than the day.
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { recordMeetingOpinionAction, sendOpinionAction } from "@/lib/opinions/actions";
import { findOpinionInbox } from "@/lib/opinions/queries";
import { findAccounts } from "@/lib/settings/accounts/queries";
import { SUITE_MOMENT, THIS_YEAR } from "../support/today";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const VN_MS = 7 * 3600_000;
/** 00:00 in Vietnam: the stored instant + 7 h is a whole day. */
const atVietnamMidnight = (d: Date) => (d.getTime() + VN_MS) % 86_400_000 === 0;

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("anonymous opinions carry no time", () => {
  it("gets a random UUID, is stored at the start of its day, and the inbox gives the day only", async () => {
    actAs(w.people.member.user.id);
    const sent = await sendOpinionAction({
      topic: "Giờ trực",
      body: "Lịch trực chưa công bằng.",
      isAnonymous: true,
    });
    expect(sent.ok).toBe(true);
    const id = sent.ok ? sent.data.id : "";
    expect(id).toMatch(UUID_V4);
    const stored = await db.opinion.findUniqueOrThrow({ where: { id } });
    expect(atVietnamMidnight(stored.createdAt)).toBe(true);
    expect(stored.updatedAt.getTime()).toBe(stored.createdAt.getTime());

    actAs(w.people.chair.user.id);
    const inbox = await findOpinionInbox((await getActor())!, { status: "", page: 1 });
    const row = inbox!.rows.find((r) => r.id === id)!;
    expect(row.sentOn).toBe(new Date(stored.createdAt.getTime() + VN_MS).toISOString().slice(0, 10));
    expect(row).not.toHaveProperty("createdAt");
    expect(JSON.stringify(row)).not.toMatch(/T\d{2}:\d{2}/);
  });

  it("dates an anonymous opinion recorded in a meeting to the day too; a named one keeps its author", async () => {
    const meeting = await db.meeting.create({
      data: {
        unitId: w.unit.id,
        type: "BCH_REGULAR",
        year: THIS_YEAR,
        number: 9001,
        title: "Họp BCH kiểm thử",
        startsAt: SUITE_MOMENT,
        place: "Phòng họp",
        status: "HELD",
      },
    });
    actAs(w.people.chair.user.id);
    const anon = await recordMeetingOpinionAction({
      meetingId: meeting.id,
      topic: "Nước uống",
      body: "Thiếu nước.",
      authorMemberId: "",
    });
    const named = await recordMeetingOpinionAction({
      meetingId: meeting.id,
      topic: "Bàn ghế",
      body: "Bàn ghế hỏng.",
      authorMemberId: w.people.member.member.id,
    });
    expect(anon.ok && named.ok).toBe(true);
    const a = await db.opinion.findUniqueOrThrow({ where: { id: anon.ok ? anon.data.id : "" } });
    const n = await db.opinion.findUniqueOrThrow({ where: { id: named.ok ? named.data.id : "" } });
    expect(a.id).toMatch(UUID_V4);
    expect(atVietnamMidnight(a.createdAt)).toBe(true);
    expect(a.isAnonymous).toBe(true);
    expect(n.isAnonymous).toBe(false);
    expect(n.authorMemberId).toBe(w.people.member.member.id);
  });
});

describe("sign-in times", () => {
  it("gives the chủ tịch the day of each account's last sign-in, never the time", async () => {
    // 01:30 on the suite's day in Vietnam = 18:30 UTC the day before: the day shown is Vietnam's.
    const signedIn = new Date(SUITE_MOMENT.getTime() - 7.5 * 3600_000);
    await db.user.update({ where: { id: w.people.member.user.id }, data: { lastLoginAt: signedIn } });
    actAs(w.people.chair.user.id);
    const rows = await findAccounts((await getActor())!);
    const row = rows.find((r) => r.id === w.people.member.user.id)!;
    expect(row.lastLoginOn).toBe(SUITE_MOMENT.toISOString().slice(0, 10));
    expect(row).not.toHaveProperty("lastLoginAt");
    expect(JSON.stringify(rows)).not.toMatch(/T\d{2}:\d{2}/);
  });
});
