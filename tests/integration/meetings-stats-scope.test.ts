// A tổ trưởng's attendance statistics count only their own tổ's members, even for a unit meeting
// they were invited to (issue 15: they saw every tổ's members on /meetings/stats).
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getAttendanceStats } from "@/lib/meetings/stats-queries";
import { SUITE_MOMENT, THIS_YEAR } from "../support/today";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let meetingId: string;
beforeAll(async () => {
  w = await buildWorld();
  // A unit conference: the tổ A leader, a tổ A member and three people of tổ B, all invited.
  const m = await db.meeting.create({
    data: {
      unitId: w.unit.id,
      type: "CONFERENCE_STAFF",
      year: THIS_YEAR,
      number: 9101,
      title: "Hội nghị kiểm thử",
      startsAt: SUITE_MOMENT,
      place: "Hội trường",
      status: "HELD",
    },
  });
  meetingId = m.id;
  const p = w.people;
  const invitees = [
    [p.leaderSameGroup, "PRESENT"],
    [p.member, "ABSENT"],
    [p.leaderOtherGroup, "PRESENT"],
    [p.chair, "PRESENT"],
    [p.ubkt, "EXCUSED"],
  ] as const;
  await db.meetingInvitee.createMany({
    data: invitees.map(([who, attendance]) => ({ meetingId: m.id, memberId: who.member.id, attendance })),
  });
});

describe("attendance statistics", () => {
  it("show a tổ trưởng only their tổ's members, per member, per tổ and per meeting", async () => {
    actAs(w.people.leaderSameGroup.user.id);
    const s = await getAttendanceStats((await getActor())!, THIS_YEAR);
    expect(s.members.map((r) => r.id).sort()).toEqual(
      [w.people.leaderSameGroup.member.id, w.people.member.member.id].sort(),
    );
    expect(s.groups.map((g) => [g.name, g.invited, g.present, g.absent])).toEqual([[w.groupA.name, 2, 1, 1]]);
    expect(s.meetings.get(meetingId)).toMatchObject({ invited: 2, present: 1, excused: 0, absent: 1 });
  });

  it("show the chủ tịch everyone", async () => {
    actAs(w.people.chair.user.id);
    const s = await getAttendanceStats((await getActor())!, THIS_YEAR);
    const mine = s.members.filter((r) => [w.groupA.name, w.groupB.name].includes(r.groupName!));
    expect(mine).toHaveLength(5);
    expect(s.meetings.get(meetingId)).toMatchObject({ invited: 5, present: 3, excused: 1, absent: 1 });
  });
});
