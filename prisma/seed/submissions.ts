// The papers the demo's CĐCS have sent their cấp trên (decision 0089), made by the app's REAL
// operations after the records are seeded, so each frozen paper is what its own screen prints:
// lib/submissions' submitPaper (its paper builders) and the cấp trên's return / accept.
// The school (năm học) sent last năm học's tổng kết and statistics in September: the statistics
// came back once with a comment, the corrected version and the tổng kết were accepted. The enterprise
// CĐCS (calendar year) sent its statistics of the last finished calendar year three days ago: waiting. The THCS has sent
// nothing, so the inbox's "Chưa gửi" lists it. Each step is dated in the story by pinning the
// app's clock (never after yesterday), then the clock is released.
// The school's self-rating of this năm học is not sent: in the story its BCH is still holding the
// tổ bình xét (rating-2026.ts), and the CĐCS rates itself after that.
import { randomUUID } from "node:crypto";
import { UPPER_EMAIL } from "./upper";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { cycleYearOf, SCHOOL_CYCLE } from "../../lib/settings/cycle";
import { allowServerOnlyImports } from "../../scripts/lib/server-only-shim";

export const ENTERPRISE_NAME = "Công đoàn Công ty Cổ phần Sách và Thiết bị trường học Đà Nẵng";
export const ENTERPRISE_CHAIR_EMAIL = "chutich.sachthietbi@demo.vn";
const DAY = 86_400_000;

/** Runs once the demo is seeded, against the database DATABASE_URL names (lib/db). */
export async function seedDemoSubmissions(db: PrismaClient, today: Date) {
  // lib/ is written for Next's server; outside it "server-only" is a marker only (as in the tests).
  allowServerOnlyImports();
  const clock = await import("../../lib/clock");
  const { loadActor } = await import("../../lib/auth/current-user");
  const { hashPassword } = await import("../../lib/auth/password");
  const { submitPaper } = await import("../../lib/submissions/submit-paper");
  const { acceptSubmission } = await import("../../lib/org/submissions/accept-submission");
  const { returnSubmission } = await import("../../lib/org/submissions/return-submission");

  const Y = cycleYearOf(today, SCHOOL_CYCLE);
  const last = Y - 1;
  /** A story moment (Vietnam time), or 09:00 `daysBack` days before today if it would be later. */
  const at = (local: string, daysBack: number) => {
    const m = new Date(`${local}:00.000+07:00`);
    const cap = new Date(today.getTime() - daysBack * DAY + 2 * 3_600_000);
    return m < cap ? m : cap;
  };
  const as = async (email: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return (await loadActor(u.id))!;
  };
  // The moment (clock.now) and the day (clock.today, SCD_TODAY) of each step: a paper is dated the
  // day it was sent, as in the app.
  const pinnedDay = process.env.SCD_TODAY;
  const step = async <T>(moment: Date, fn: () => Promise<T>) => {
    clock.pinMoment(moment);
    process.env.SCD_TODAY = new Date(moment.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    try {
      return await fn();
    } finally {
      clock.pinMoment(null);
      if (pinnedDay === undefined) delete process.env.SCD_TODAY;
      else process.env.SCD_TODAY = pinnedDay;
    }
  };

  // The enterprise's chủ tịch signs in with an account of their own (not a demo account).
  const enterprise = await db.unit.findFirstOrThrow({
    where: { name: ENTERPRISE_NAME },
    select: { id: true },
  });
  const chair = await db.member.findFirstOrThrow({
    where: { unitId: enterprise.id, positions: { some: { office: "CHAIR" } } },
    select: { id: true },
  });
  await db.user.create({
    data: {
      unitId: enterprise.id,
      email: ENTERPRISE_CHAIR_EMAIL,
      memberId: chair.id,
      passwordHash: await hashPassword(randomUUID() + randomUUID()),
    },
  });

  const school = await as("chutich@demo.vn");
  const upper = await as(UPPER_EMAIL);
  const sentOn = at(`${Y}-09-08T09:00`, 4);
  const stats1 = await step(sentOn, () => submitPaper(school, { kind: "STATISTICS", year: last }));
  const annual = await step(new Date(sentOn.getTime() + 10 * 60_000), () =>
    submitPaper(school, { kind: "ANNUAL_REPORT", year: last }),
  );
  await step(at(`${Y}-09-09T14:00`, 3), () =>
    returnSubmission(upper, {
      submissionId: stats1.id,
      comment: "Số đoàn viên nữ cuối kỳ chưa khớp với danh sách đoàn viên, đề nghị rà soát và gửi lại.",
    }),
  );
  const stats2 = await step(at(`${Y}-09-10T08:30`, 2), () =>
    submitPaper(school, { kind: "STATISTICS", year: last }),
  );
  await step(at(`${Y}-09-10T15:00`, 1), async () => {
    await acceptSubmission(upper, { submissionId: stats2.id, comment: undefined });
    await acceptSubmission(upper, { submissionId: annual.id, comment: "Báo cáo đầy đủ, đúng mẫu." });
  });
  const firm = await as(ENTERPRISE_CHAIR_EMAIL);
  // Its year is the calendar year: the last one finished.
  await step(new Date(today.getTime() - 3 * DAY + 2 * 3_600_000), () =>
    submitPaper(firm, { kind: "STATISTICS", year: today.getUTCFullYear() - 1 }),
  );
}
