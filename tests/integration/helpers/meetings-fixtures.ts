// Meetings made straight in the database for the meetings tests and matrix rows.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { World } from "./world";

type Opts = {
  groupId?: string | null;
  status?: "PLANNED" | "HELD" | "MINUTES_DRAFT" | "MINUTES_SIGNED";
  invite?: string[];
  present?: string[];
  chairMemberId?: string | null;
  type?: "BCH_REGULAR" | "GROUP";
};
let n = 0;

/** A meeting of the world's unit (a tổ A meeting by default) with agenda, invitees and marks. */
export async function makeMeeting(w: World, o: Opts = {}) {
  const groupId = o.groupId === undefined ? w.groupA.id : o.groupId;
  const m = await db.meeting.create({
    data: {
      unitId: w.unit.id,
      groupId,
      type: o.type ?? (groupId ? "GROUP" : "BCH_REGULAR"),
      year: 2000 + (++n % 90),
      number: 1000 + n + Math.floor(Math.random() * 1e6),
      title: `Sinh hoạt thử ${randomUUID().slice(0, 6)}`,
      startsAt: new Date("2026-06-10T09:30:00Z"),
      place: "Phòng họp",
      chairMemberId: o.chairMemberId === undefined ? w.people.leaderSameGroup.member.id : o.chairMemberId,
      secretaryMemberId: w.people.bchMember.member.id,
      status: o.status ?? "HELD",
      agendaItems: { create: [{ position: 0, title: "Nội dung chính", isMain: true }] },
    },
  });
  const invite = o.invite ?? [];
  if (invite.length) {
    await db.meetingInvitee.createMany({
      data: invite.map((memberId) => ({
        meetingId: m.id,
        memberId,
        attendance: o.present?.includes(memberId)
          ? ("PRESENT" as const)
          : o.status && o.status !== "PLANNED" && o.status !== "HELD"
            ? ("ABSENT" as const)
            : null,
      })),
    });
  }
  return m;
}
