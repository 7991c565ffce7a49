// Meeting rules against real PostgreSQL: the state machine and the lock, reopening (audited),
// vote limits, optimistic locking, bulk attendance, and who may read what.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getActor, loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  addMeetingDecisionAction,
  createMeetingAction,
  markMeetingHeldAction,
  reopenMinutesAction,
  saveMeetingAttendanceAction,
  saveMinutesAction,
  setMeetingDecisionDoneAction,
  signMinutesAction,
  updateMeetingAction,
} from "@/lib/meetings/actions";
import { getMeeting } from "@/lib/meetings/detail-queries";
import { getMinutesDocument } from "@/lib/meetings/minutes/minutes-document";
import { findMeetings } from "@/lib/meetings/queries";
import { buildMeetingRegisterWorkbook } from "@/lib/meetings/register-xlsx";
import { STALE_MESSAGE } from "@/lib/meetings/service";
import { getMeetingRegister } from "@/lib/meetings/stats-queries";
import { makeMember } from "../factories/records";
import { makeMeeting } from "./helpers/meetings-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
const me = (k: "member" | "chair" | "bchMember" | "leaderSameGroup" | "leaderOtherGroup" | "ubkt") =>
  w.people[k];
const items = (votesFor: string, extra = {}) => [
  {
    title: "Nội dung chính",
    isMain: true,
    discussion: "Thảo luận.",
    votesFor,
    votesAgainst: "0",
    votesOther: "0",
    conclusion: "Thông qua.",
    ...extra,
  },
];

describe("state machine and lock", () => {
  it("goes dự kiến → đã họp → nháp → đã ký, and refuses every write while signed", async () => {
    const m = await makeMeeting(w, { status: "PLANNED", invite: [me("member").member.id] });
    actAs(me("bchMember").user.id);
    expect(
      await saveMinutesAction({ meetingId: m.id, version: 1, endTime: "", items: items("") }),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await markMeetingHeldAction({ meetingId: m.id })).toMatchObject({ ok: true });
    expect(
      await saveMeetingAttendanceAction({
        meetingId: m.id,
        marks: [{ memberId: me("member").member.id, attendance: "PRESENT", reason: "" }],
      }),
    ).toMatchObject({ ok: true });
    const v = (await db.meeting.findUniqueOrThrow({ where: { id: m.id } })).version;
    expect(
      await saveMinutesAction({ meetingId: m.id, version: v, endTime: "18:00", items: items("1") }),
    ).toMatchObject({ ok: true });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("MINUTES_DRAFT");
    expect(await signMinutesAction({ meetingId: m.id })).toMatchObject({ ok: true });
    const signed = await db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(signed.status).toBe("MINUTES_SIGNED");

    const refusals = [
      await saveMinutesAction({ meetingId: m.id, version: signed.version, endTime: "", items: items("1") }),
      await saveMeetingAttendanceAction({
        meetingId: m.id,
        marks: [{ memberId: me("member").member.id, attendance: "ABSENT", reason: "" }],
      }),
      await addMeetingDecisionAction({
        meetingId: m.id,
        content: "Việc mới",
        assigneeMemberId: me("member").member.id,
        dueOn: "",
      }),
      await updateMeetingAction({
        id: m.id,
        version: signed.version,
        values: {
          type: "GROUP",
          title: "Đổi tên",
          date: "10/06/2026",
          startTime: "16:30",
          place: "Phòng X",
          groupId: w.groupA.id,
          chairMemberId: "",
          secretaryMemberId: "",
          preparatoryMeetingId: "",
          agenda: [],
        },
      }),
    ];
    for (const r of refusals)
      expect(r).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("đã ký") });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: m.id } })).toEqual(signed);
    expect((await db.meetingInvitee.findFirstOrThrow({ where: { meetingId: m.id } })).attendance).toBe(
      "PRESENT",
    );
  });

  it("refuses to sign while someone is not marked", async () => {
    const m = await makeMeeting(w, { status: "MINUTES_DRAFT", invite: [me("member").member.id] });
    await db.meetingInvitee.updateMany({ where: { meetingId: m.id }, data: { attendance: null } });
    actAs(me("chair").user.id);
    expect(await signMinutesAction({ meetingId: m.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("chưa điểm danh"),
    });
  });

  it("still lets decisions be followed up after signing", async () => {
    const m = await makeMeeting(w, { status: "MINUTES_SIGNED" });
    const d = await db.meetingDecision.create({
      data: { meetingId: m.id, content: "Báo cáo", assigneeMemberId: me("member").member.id },
    });
    actAs(me("bchMember").user.id);
    expect(await setMeetingDecisionDoneAction({ decisionId: d.id, isDone: true })).toMatchObject({
      ok: true,
    });
    expect((await db.meetingDecision.findUniqueOrThrow({ where: { id: d.id } })).isDone).toBe(true);
  });
});

describe("reopening", () => {
  it("needs the chủ tịch or the chủ trì and a reason, returns to a draft, and is audited", async () => {
    const m = await makeMeeting(w, {
      status: "MINUTES_SIGNED",
      chairMemberId: me("leaderSameGroup").member.id,
    });
    actAs(me("bchMember").user.id);
    expect(await reopenMinutesAction({ meetingId: m.id, reason: "Ghi nhầm số phiếu" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(me("leaderSameGroup").user.id);
    expect(await reopenMinutesAction({ meetingId: m.id, reason: "" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: expect.any(String) },
    });
    expect(await reopenMinutesAction({ meetingId: m.id, reason: "Ghi nhầm số phiếu" })).toMatchObject({
      ok: true,
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("MINUTES_DRAFT");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: m.id, action: "meeting.minutes.reopen" },
    });
    expect(audit.actorUserId).toBe(me("leaderSameGroup").user.id);
    expect(audit.after).toMatchObject({ status: "MINUTES_DRAFT", reason: "Ghi nhầm số phiếu" });
  });
});

describe("votes and optimistic locking", () => {
  it("refuses vote counts above those present, with a field error on the vote", async () => {
    const a = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id });
    const m = await makeMeeting(w, {
      invite: [me("member").member.id, a.id],
      present: [me("member").member.id],
    });
    actAs(me("chair").user.id);
    const r = await saveMinutesAction({
      meetingId: m.id,
      version: m.version,
      endTime: "",
      items: items("2"),
    });
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "items.0.votesFor": "Tổng số phiếu (2) vượt quá số người có mặt (1)." },
    });
    expect(await db.agendaItem.findFirstOrThrow({ where: { meetingId: m.id } })).toMatchObject({
      votesFor: null,
    });
  });

  it("refuses the second of two concurrent saves from the same version, and keeps the first", async () => {
    const m = await makeMeeting(w, { invite: [me("member").member.id], present: [me("member").member.id] });
    actAs(me("chair").user.id);
    const [x, y] = await Promise.all([
      saveMinutesAction({
        meetingId: m.id,
        version: m.version,
        endTime: "",
        items: items("1", { conclusion: "Bản của người thứ nhất" }),
      }),
      saveMinutesAction({
        meetingId: m.id,
        version: m.version,
        endTime: "",
        items: items("0", { conclusion: "Bản của người thứ hai" }),
      }),
    ]);
    const results = [x, y];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT", error: STALE_MESSAGE });
    const winner = results[0].ok ? "Bản của người thứ nhất" : "Bản của người thứ hai";
    expect((await db.agendaItem.findMany({ where: { meetingId: m.id } })).map((i) => i.conclusion)).toEqual([
      winner,
    ]);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: m.id } })).version).toBe(m.version + 1);
  });
});

describe("attendance in bulk", () => {
  it("saves 300 marks in one statement and audits only what changed", async () => {
    const members = await Promise.all(
      Array.from({ length: 300 }, () => makeMember(db, { unitId: w.unit.id, groupId: w.groupB.id })),
    );
    const m = await makeMeeting(w, { groupId: null, invite: members.map((x) => x.id) });
    actAs(me("bchMember").user.id);
    const marks = members.map((x, i) => ({
      memberId: x.id,
      attendance: (i % 10 === 0 ? "EXCUSED" : "PRESENT") as "EXCUSED" | "PRESENT",
      reason: i % 10 === 0 ? "Ốm" : "",
    }));
    expect(await saveMeetingAttendanceAction({ meetingId: m.id, marks })).toMatchObject({
      ok: true,
      data: { changed: 300 },
    });
    expect(await db.meetingInvitee.count({ where: { meetingId: m.id, attendance: "PRESENT" } })).toBe(270);
    expect(
      await db.meetingInvitee.count({
        where: { meetingId: m.id, attendance: "EXCUSED", absenceReason: "Ốm" },
      }),
    ).toBe(30);
    expect(await saveMeetingAttendanceAction({ meetingId: m.id, marks })).toMatchObject({
      ok: true,
      data: { changed: 0 },
    });
  });
});

describe("who may read what", () => {
  it("hides a meeting from a member not invited, by query and by action", async () => {
    const m = await makeMeeting(w, {
      groupId: null,
      status: "MINUTES_DRAFT",
      chairMemberId: me("chair").member.id,
    });
    actAs(me("member").user.id);
    const actor = (await getActor())!;
    expect(await getMeeting(actor, m.id)).toBeNull();
    expect(await getMinutesDocument(actor, m.id)).toBeNull();
    expect(
      (await findMeetings(actor, { year: 0, type: "", group: "", status: "", q: "", page: 1 })).rows.map(
        (r) => r.id,
      ),
    ).not.toContain(m.id);
    expect(await reopenMinutesAction({ meetingId: m.id, reason: "Thử mở lại" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await saveMinutesAction({ meetingId: m.id, version: 1, endTime: "", items: items("") }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("shows an invited member the meeting but not its draft minutes; the signed ones yes", async () => {
    const m = await makeMeeting(w, {
      groupId: null,
      status: "MINUTES_DRAFT",
      invite: [me("member").member.id],
    });
    await db.agendaItem.updateMany({ where: { meetingId: m.id }, data: { conclusion: "Kết luận bí mật" } });
    actAs(me("member").user.id);
    const actor = (await getActor())!;
    const seen = await getMeeting(actor, m.id);
    expect(seen?.showMinutes).toBe(false);
    expect(JSON.stringify(seen)).not.toContain("Kết luận bí mật");
    expect(await getMinutesDocument(actor, m.id)).toBeNull();
    await db.meeting.update({ where: { id: m.id }, data: { status: "MINUTES_SIGNED" } });
    expect(JSON.stringify(await getMinutesDocument(actor, m.id))).toContain("Kết luận bí mật");
  });

  it("keeps a tổ trưởng to their own tổ's meetings; the UBKT reads drafts but changes nothing", async () => {
    const m = await makeMeeting(w, { status: "MINUTES_DRAFT" });
    actAs(me("leaderOtherGroup").user.id);
    expect(await getMeeting((await getActor())!, m.id)).toBeNull();
    expect(await markMeetingHeldAction({ meetingId: m.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(me("ubkt").user.id);
    expect((await getMeeting((await getActor())!, m.id))?.showMinutes).toBe(true);
    expect(await signMinutesAction({ meetingId: m.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("sinh hoạt tổ invites the tổ", () => {
  const plan = (over: Record<string, unknown>) => ({
    type: "GROUP",
    title: "Sinh hoạt tổ tháng 3",
    date: "10/03/2026",
    startTime: "14:00",
    place: "Phòng họp tổ",
    groupId: w.groupA.id,
    chairMemberId: "",
    secretaryMemberId: "",
    preparatoryMeetingId: "",
    agenda: [{ title: "Nội dung chính", isMain: true }],
    invite: "group",
    ...over,
  });

  it("invites the members of the chosen tổ, and refuses the Ban Chấp hành or the whole unit for it (nothing stored)", async () => {
    actAs(me("chair").user.id);
    const before = await db.meeting.count({ where: { unitId: w.unit.id } });
    for (const invite of ["bch", "unit"]) {
      const refused = await createMeetingAction(plan({ invite }) as never);
      expect(refused, invite).toMatchObject({
        ok: false,
        fieldErrors: { invite: expect.stringContaining("đoàn viên của tổ") },
      });
    }
    expect(await db.meeting.count({ where: { unitId: w.unit.id } })).toBe(before);

    const ok = await createMeetingAction(plan({ invite: "group" }) as never);
    expect(ok).toMatchObject({ ok: true });
    const id = (ok as { data: { id: string } }).data.id;
    const tổ = await db.member.findMany({
      where: { unitId: w.unit.id, groupId: w.groupA.id, status: { in: ["ACTIVE", "SUSPENDED"] } },
      select: { id: true },
    });
    const invited = await db.meetingInvitee.findMany({
      where: { meetingId: id },
      select: { memberId: true },
    });
    expect(tổ.length).toBeGreaterThan(0);
    expect(invited.map((i) => i.memberId).sort()).toEqual(tổ.map((m) => m.id).sort());
  });
});

describe("sổ theo dõi cuộc họp (Excel)", () => {
  it("writes the meeting's time as a date cell in Hà Nội time (dd/mm/yyyy hh:mm), not as text", async () => {
    const m = await makeMeeting(w, { status: "HELD" });
    const actor = (await loadActor(w.people.chair.user.id))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildMeetingRegisterWorkbook(await getMeetingRegister(actor, m.year))) as unknown as ArrayBuffer,
    );
    let cell: ExcelJS.Cell | null = null;
    wb.worksheets[0].eachRow((row) => {
      if (row.getCell(4).value === m.title) cell = row.getCell(3);
    });
    expect(cell).not.toBeNull();
    const c = cell as unknown as ExcelJS.Cell;
    // 09:30 UTC on 10/06/2026 is 16:30 in Hà Nội; Excel has no time zone, so the cell holds the wall clock.
    expect(c.value).toBeInstanceOf(Date);
    expect((c.value as Date).toISOString()).toBe("2026-06-10T16:30:00.000Z");
    expect(c.numFmt).toBe("dd/mm/yyyy hh:mm");
  });
});
