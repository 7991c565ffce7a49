// Notifications by e-mail, against a real SMTP server started here (helpers/smtp-sink.ts): the outbox
// commits with the event, is sent once by however many workers, retries refusals, and does not resend
// a mail whose sender died mid-send (decision 0073).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { decideRegistrationsAction } from "@/lib/emulation/actions";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import {
  claimMailJobs,
  MAX_ATTEMPTS,
  RECOVERED_ERROR,
  runMailWorkerOnce,
} from "@/lib/notifications/mail-worker";
import { scanTimedEvents } from "@/lib/notifications/scan";
import { answerOpinionAction, sendOpinionAction } from "@/lib/opinions/actions";
import { SUITE_MOMENT, TODAY } from "../support/today";
import { ensureYear } from "./helpers/emulation-fixtures";
import { actAs } from "./helpers/session";
import { startSmtpSink } from "./helpers/smtp-sink";
import { buildWorld, makePerson, type World } from "./helpers/world";

const PORT = 2531;
let refuseNext = 0;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let w: World;
let yearId: string;

// The outbox's due times and leases are judged by the one clock, pinned here; `later` moves it on.
let moment = SUITE_MOMENT;
const later = (ms: number) => {
  moment = new Date(moment.getTime() + ms);
  clock.pinMoment(moment);
};

beforeAll(async () => {
  clock.pinMoment(moment);
  sink = await startSmtpSink(PORT, { refuse: () => refuseNext-- > 0 });
  process.env.SMTP_URL = sink.url;
  process.env.MAIL_FROM = "Sổ Công đoàn <so@truong.test>";
  process.env.APP_URL = "https://so.truong.test";
  w = await buildWorld();
  yearId = (await ensureYear(w.unit.id)).id;
});
afterAll(async () => {
  clock.pinMoment(null);
  delete process.env.SMTP_URL;
  await sink.close();
});
beforeEach(() => {
  refuseNext = 0;
});

/** A member of tổ A with an account and a registration waiting for the BCH. */
async function submittedMember() {
  const p = await makePerson(w.unit.id, w.groupA.id, { label: "dk" });
  const reg = await db.emulationRegistration.create({
    data: {
      yearId,
      subjectKey: `m:${p.member.id}`,
      memberId: p.member.id,
      state: "SUBMITTED",
      titleIds: [],
      movementIds: [],
      submittedAt: TODAY,
    },
  });
  return { ...p, reg };
}

async function returnRegistrations(ids: string[]) {
  actAs(w.people.chair.user.id);
  const r = await decideRegistrationsAction({
    yearId,
    registrationIds: ids,
    decision: "RETURN",
    reason: "Thiếu chỉ tiêu học tập",
  });
  expect(r.ok).toBe(true);
}

const mailsTo = (email: string) => sink.received.filter((m) => m.to.includes(email));

describe("notifications by e-mail", () => {
  it("returning a registration writes one notice and one job with the change, and sends exactly one mail", async () => {
    const p = await submittedMember();
    await returnRegistrations([p.reg.id]);

    const notes = await db.notification.findMany({ where: { userId: p.user.id } });
    expect(notes.map((n) => [n.kind, n.title, n.link])).toEqual([
      ["REGISTRATION_RETURNED", "Bản đăng ký thi đua của bạn bị trả lại", "/me/emulation"],
    ]);
    const job = await db.mailJob.findFirstOrThrow({ where: { userId: p.user.id } });
    expect(job.state).toBe("PENDING");
    expect(mailsTo(p.user.email)).toHaveLength(0);

    await runMailWorkerOnce({ workerId: "w1" });
    await runMailWorkerOnce({ workerId: "w2" });

    const mails = mailsTo(p.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("[Sổ Công đoàn] Bản đăng ký thi đua của bạn bị trả lại");
    expect(mails[0]!.messageId).toBe(job.messageId);
    expect(mails[0]!.text).toContain("Lý do: Thiếu chỉ tiêu học tập.");
    expect(mails[0]!.text).toContain("https://so.truong.test/me/emulation");
    const after = await db.mailJob.findUniqueOrThrow({ where: { id: job.id } });
    expect([after.state, after.attempts]).toEqual(["SENT", 1]);
  });

  it("approving writes no notice; a refused decision writes neither notice nor job", async () => {
    const p = await submittedMember();
    actAs(w.people.chair.user.id);
    expect(
      (await decideRegistrationsAction({ yearId, registrationIds: [p.reg.id], decision: "APPROVE" })).ok,
    ).toBe(true);
    // The same registration again: nothing pending, refused, and nothing written.
    const again = await decideRegistrationsAction({
      yearId,
      registrationIds: [p.reg.id],
      decision: "RETURN",
      reason: "x",
    });
    expect(again.ok).toBe(false);
    expect(await db.notification.count({ where: { userId: p.user.id } })).toBe(0);
    expect(await db.mailJob.count({ where: { userId: p.user.id } })).toBe(0);
  });

  it("a member who turned e-mail off gets the notice in the app and no mail; both off, nothing", async () => {
    const mailOff = await submittedMember();
    const allOff = await submittedMember();
    const prefs = (inApp: boolean) => ({
      kinds: [{ kind: "REGISTRATION_RETURNED" as const, inApp, email: false }],
      dailyDigest: false,
    });
    actAs(mailOff.user.id);
    expect((await saveNotificationPreferencesAction(prefs(true))).ok).toBe(true);
    actAs(allOff.user.id);
    expect((await saveNotificationPreferencesAction(prefs(false))).ok).toBe(true);

    await returnRegistrations([mailOff.reg.id, allOff.reg.id]);
    await runMailWorkerOnce();

    expect(await db.notification.count({ where: { userId: mailOff.user.id, visible: true } })).toBe(1);
    expect(await db.notification.count({ where: { userId: allOff.user.id } })).toBe(0);
    expect(await db.mailJob.count({ where: { userId: { in: [mailOff.user.id, allOff.user.id] } } })).toBe(0);
    expect(mailsTo(mailOff.user.email)).toHaveLength(0);
    expect(mailsTo(allOff.user.email)).toHaveLength(0);
  });

  it("a member may not choose the BCH's daily digest", async () => {
    actAs(w.people.member.user.id);
    const r = await saveNotificationPreferencesAction({ kinds: [], dailyDigest: true });
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { dailyDigest: "Bản tin tổng hợp hằng ngày chỉ dành cho Ban Chấp hành." },
    });
    expect(await db.notificationSetting.count({ where: { userId: w.people.member.user.id } })).toBe(0);
  });

  it("four workers at once send each of six mails exactly once", async () => {
    const people = await Promise.all([1, 2, 3, 4, 5, 6].map(() => submittedMember()));
    await returnRegistrations(people.map((p) => p.reg.id));
    const runs = await Promise.all(
      ["a", "b", "c", "d"].map((id) => runMailWorkerOnce({ workerId: `w-${id}`, batch: 2 })),
    );
    // Whatever a worker found claimed by another it skipped; a second round takes the rest.
    await Promise.all(["a", "b"].map((id) => runMailWorkerOnce({ workerId: `w-${id}` })));
    expect(runs.reduce((s, r) => s + r.sent, 0)).toBeGreaterThan(0);
    for (const p of people) expect(mailsTo(p.user.email)).toHaveLength(1);
    const ids = people.flatMap((p) => mailsTo(p.user.email).map((m) => m.messageId));
    expect(new Set(ids).size).toBe(6);
  });

  it("a job left SENDING by a worker that died is not sent again: it becomes FAILED", async () => {
    const p = await submittedMember();
    await returnRegistrations([p.reg.id]);
    const job = await db.mailJob.findFirstOrThrow({ where: { userId: p.user.id } });
    // The dead worker: it claimed the job with a lease that has run out, and never wrote SENT.
    await db.mailJob.updateMany({
      where: { state: "PENDING", id: { not: job.id } },
      data: { nextAttemptAt: new Date(moment.getTime() + 3_600_000) },
    });
    const claimed = await claimMailJobs("dead-worker", 1, 1);
    expect(claimed.map((c) => c.id)).toEqual([job.id]);
    // Its 1 ms lease runs out.
    later(1_000);

    const run = await runMailWorkerOnce({ workerId: "survivor" });
    expect(run.recovered).toBeGreaterThanOrEqual(1);
    const after = await db.mailJob.findUniqueOrThrow({ where: { id: job.id } });
    expect([after.state, after.lastError]).toEqual(["FAILED", RECOVERED_ERROR]);
    await runMailWorkerOnce({ workerId: "survivor" });
    expect(mailsTo(p.user.email)).toHaveLength(0);
    await db.mailJob.updateMany({ where: { state: "PENDING" }, data: { nextAttemptAt: clock.now() } });
  });

  it("a refused mail is retried later with the same Message-ID, and given up after the last attempt", async () => {
    const p = await submittedMember();
    await returnRegistrations([p.reg.id]);
    const job = await db.mailJob.findFirstOrThrow({ where: { userId: p.user.id } });
    refuseNext = 1;
    await runMailWorkerOnce({ workerId: "r", batch: 1 });
    let after = await db.mailJob.findUniqueOrThrow({ where: { id: job.id } });
    expect([after.state, after.attempts]).toEqual(["PENDING", 1]);
    // The first retry waits one minute.
    expect(after.nextAttemptAt).toEqual(new Date(moment.getTime() + 60_000));
    expect(mailsTo(p.user.email)).toHaveLength(0);

    // The backoff has passed.
    later(60_000);
    await runMailWorkerOnce({ workerId: "r" });
    after = await db.mailJob.findUniqueOrThrow({ where: { id: job.id } });
    expect([after.state, after.attempts]).toEqual(["SENT", 2]);
    expect(mailsTo(p.user.email).map((m) => m.messageId)).toEqual([job.messageId]);

    const q = await submittedMember();
    await returnRegistrations([q.reg.id]);
    const qJob = await db.mailJob.findFirstOrThrow({ where: { userId: q.user.id } });
    refuseNext = 1000;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await db.mailJob.update({ where: { id: qJob.id }, data: { nextAttemptAt: clock.now() } });
      await runMailWorkerOnce({ workerId: "r" });
    }
    refuseNext = 0;
    const gaveUp = await db.mailJob.findUniqueOrThrow({ where: { id: qJob.id } });
    expect([gaveUp.state, gaveUp.attempts]).toEqual(["FAILED", MAX_ATTEMPTS]);
    expect(mailsTo(q.user.email)).toHaveLength(0);
  });

  it("the daily digest: the BCH who chose it get one mail a day with the overdue decision; a second scan sends nothing", async () => {
    actAs(w.people.chair.user.id);
    expect((await saveNotificationPreferencesAction({ kinds: [], dailyDigest: true })).ok).toBe(true);
    const assignee = await makePerson(w.unit.id, w.groupA.id, { label: "giao-viec" });
    const meeting = await db.meeting.create({
      data: {
        unitId: w.unit.id,
        type: "BCH_REGULAR",
        year: 1990,
        number: 1,
        title: "Họp BCH thường kỳ",
        startsAt: new Date(TODAY.getTime() - 30 * 86_400_000),
        place: "Phòng họp",
        status: "MINUTES_SIGNED",
      },
    });
    const content = `Nộp báo cáo quý ${Math.random().toString(36).slice(2, 8)}`;
    await db.meetingDecision.create({
      data: {
        meetingId: meeting.id,
        content,
        assigneeMemberId: assignee.member.id,
        dueOn: new Date(TODAY.getTime() - 86_400_000),
      },
    });

    await scanTimedEvents(TODAY);
    await scanTimedEvents(TODAY);
    await runMailWorkerOnce();
    await runMailWorkerOnce();

    const note = (userId: string) =>
      db.notification.findMany({ where: { userId, body: { contains: content } }, select: { kind: true } });
    expect(await note(assignee.user.id)).toEqual([{ kind: "DECISION_OVERDUE" }]);
    expect(await note(w.people.chair.user.id)).toEqual([{ kind: "DECISION_OVERDUE" }]);
    expect(await note(w.people.bchMember.user.id)).toEqual([{ kind: "DECISION_OVERDUE" }]);
    expect(await note(w.people.member.user.id)).toEqual([]);

    // The assignee: a single mail. The chair: the digest only. The ủy viên without a digest: no mail.
    expect(mailsTo(assignee.user.email).map((m) => m.subject)).toEqual(["[Sổ Công đoàn] Công việc quá hạn"]);
    const digests = mailsTo(w.people.chair.user.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(
      /^\[Sổ Công đoàn\] Tổng hợp thông báo ngày \d\d\/\d\d\/\d{4} \(\d+\)$/,
    );
    expect(digests[0]!.text).toContain(content);
    expect(mailsTo(w.people.bchMember.user.email).filter((m) => m.text.includes(content))).toHaveLength(0);
  });
});

describe("an answered opinion", () => {
  it("tells only its sender; an anonymous one only in the app (a mail would name the sender to the mail server)", async () => {
    const named = await makePerson(w.unit.id, w.groupA.id, { label: "ykien" });
    const hidden = await makePerson(w.unit.id, w.groupA.id, { label: "andanh" });
    const ids: string[] = [];
    for (const [p, isAnonymous] of [
      [named, false],
      [hidden, true],
    ] as const) {
      actAs(p.user.id);
      const sent = await sendOpinionAction({
        topic: "Giờ họp chuyên môn",
        body: "Họp kéo dài quá giờ.",
        isAnonymous,
      });
      expect(sent.ok).toBe(true);
      ids.push(sent.ok ? sent.data.id : "");
    }
    actAs(w.people.chair.user.id);
    for (const opinionId of ids)
      expect((await answerOpinionAction({ opinionId, answer: "BCH sẽ rút ngắn giờ họp." })).ok).toBe(true);
    await runMailWorkerOnce();

    const notices = await db.notification.findMany({
      where: { eventKey: { in: ids.map((id) => `opinion-answered:${id}`) } },
      select: { userId: true, title: true, body: true },
      orderBy: { userId: "asc" },
    });
    expect(notices.map((n) => n.userId).sort()).toEqual([named.user.id, hidden.user.id].sort());
    for (const n of notices) {
      expect(n.title).toBe("Ý kiến của bạn đã được trả lời");
      expect(n.body).toBe("Ban Chấp hành đã trả lời ý kiến “Giờ họp chuyên môn”.");
    }
    expect(mailsTo(named.user.email)).toHaveLength(1);
    expect(mailsTo(hidden.user.email)).toHaveLength(0);
    expect(await db.mailJob.count({ where: { userId: hidden.user.id } })).toBe(0);
    // The one who answered is told nothing.
    expect(
      await db.notification.count({ where: { userId: w.people.chair.user.id, kind: "OPINION_ANSWERED" } }),
    ).toBe(0);
  });
});
