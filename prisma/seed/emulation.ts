// The demo unit's emulation: catalogues from docs/domain.md, last year (the story's 2025) complete
// (every registration approved, every self-assessment submitted) and this year (2026) in progress:
// mostly approved, one returned, some waiting, a few not registered. This year's self-assessment
// window is set around the seeding day (assessmentWindow), so that a member can always try it.
import { randomUUID } from "node:crypto";
import type { DemoContext, DemoMember } from "./context";
import type { Story } from "./story";
import { earlier, later } from "./story-days";
import {
  DEFAULT_COMMENDATIONS,
  DEFAULT_CRITERIA,
  DEFAULT_MOVEMENTS,
  DEFAULT_TITLES,
  GIOI_VIEC_NUOC,
} from "../../lib/emulation/defaults";
import { DEFAULT_LEVELS, levelFor } from "../../lib/emulation/levels";

const PROGRAMME = [
  {
    kind: "STUDY",
    content: "Hoàn thành bồi dưỡng thường xuyên và một chuyên đề đổi mới phương pháp dạy học",
    target: "1 chuyên đề",
  },
  {
    kind: "TRAINING",
    content: "Tham gia đầy đủ sinh hoạt tổ công đoàn và hoạt động văn hóa, thể thao của công đoàn",
    target: "100% buổi sinh hoạt",
  },
  {
    kind: "TASK",
    content: "Hoàn thành hồ sơ, sổ sách chuyên môn đúng hạn; có học sinh đạt giải cấp tỉnh",
    target: "ít nhất 2 học sinh",
  },
] as const;

type Plan = {
  state: "DRAFT" | "SUBMITTED" | "FORWARDED" | "APPROVED" | "RETURNED" | null;
  assessment: "SUBMITTED" | "DRAFT" | "RETURNED" | null;
};

/**
 * This year's self-assessment window in the demo: the usual 01/11–30/11, widened to take in the
 * seeding day (a week before it to two weeks after, within the year). A real unit sets its own.
 */
export function assessmentWindow(story: Story): { opensOn: Date; closesOn: Date } {
  if (story.past("2026-09-01") && !story.past("2026-10-01"))
    return { opensOn: story.day("2026-09-01"), closesOn: story.day("2026-09-30") };
  const opens = later(story.daysAgo(7), "2026-01-01");
  const closes = earlier(story.daysAgo(-14), "2026-12-31");
  return {
    opensOn: story.day(earlier("2026-09-01", opens)),
    closesOn: story.day(later("2026-09-30", closes)),
  };
}

/** A registration's state while registrations are still coming in (January). */
const registeringState = (r: number): Plan["state"] =>
  r < 0.45 ? "APPROVED" : r < 0.6 ? "FORWARDED" : r < 0.8 ? "SUBMITTED" : r < 0.9 ? "DRAFT" : null;

export async function seedEmulation(ctx: DemoContext) {
  const { db, unitId, random, yearStory: story } = ctx;
  const day = story.day;
  // A moment of the story at 09:00: last year's as written, this year's only once it has come.
  const at = (y: number, iso: string) => story.at(y === 2026 ? story.upTo(`${iso}T09:00`) : `${iso}T09:00`);
  // Before November few members have sent a phiếu; from then on, about half.
  const assessing = story.past("2026-09-01");
  // Until the BCH's approval meeting (05/02) registrations are still coming in.
  const registering = !story.past("2026-02-25");
  await db.emulationMovement.createMany({
    data: DEFAULT_MOVEMENTS.map((m, i) => ({
      unitId,
      name: m.name,
      eligibility: m.eligibility,
      sortOrder: i,
    })),
  });
  await db.emulationTitle.createMany({
    data: DEFAULT_TITLES.map((t, i) => ({ unitId, ...t, sortOrder: i })),
  });
  await db.emulationCommendation.createMany({
    data: DEFAULT_COMMENDATIONS.map((c, i) => ({ unitId, ...c, sortOrder: i })),
  });
  const movements = await db.emulationMovement.findMany({ where: { unitId }, orderBy: { sortOrder: "asc" } });
  const titles = await db.emulationTitle.findMany({ where: { unitId }, orderBy: { sortOrder: "asc" } });
  const title = (name: string) => titles.find((t) => t.name === name)!.id;
  const chairUser = ctx.userIdOf("chutich@demo.vn");
  const active = ctx.members.filter((m) => m.active);
  const tuan = ctx.byName("Phạm Minh Tuấn");
  const toanTin = ctx.groups.find((g) => g.name === "Tổ Toán – Tin")!;
  const inToanTin = active.filter((m) => m.groupId === toanTin.id && m.id !== tuan.id);
  const elsewhere = active.filter((m) => m.groupId !== toanTin.id);

  // 2026: who is in which state (the rest approved).
  const plan2026 = new Map<string, Plan>();
  const set = (m: DemoMember | undefined, p: Plan) => m && plan2026.set(m.id, p);
  set(tuan, { state: "APPROVED", assessment: "DRAFT" });
  set(inToanTin.at(-1), { state: null, assessment: null });
  set(inToanTin.at(-2), { state: null, assessment: null });
  set(inToanTin.at(-3), { state: "SUBMITTED", assessment: null });
  set(inToanTin.at(-4), { state: "SUBMITTED", assessment: null });
  set(inToanTin.at(-5), { state: "APPROVED", assessment: "RETURNED" });
  set(elsewhere[8], { state: "FORWARDED", assessment: null });
  set(elsewhere[9], { state: "FORWARDED", assessment: null });
  set(elsewhere.at(-1), { state: null, assessment: null });
  set(elsewhere.at(-2), { state: "DRAFT", assessment: null });
  // The ủy viên BCH's own registration came back with a reason: uyvien@demo.vn can fix and resend
  // it on any day (a returned registration is not a first submission, so the deadline does not stop it).
  set(ctx.byName("Võ Thị Ngọc Ánh"), { state: "RETURNED", assessment: null });

  for (const y of [2025, 2026]) {
    const yearId = randomUUID();
    const window =
      y === 2026 ? assessmentWindow(story) : { opensOn: day(`${y}-09-01`), closesOn: day(`${y}-09-30`) };
    await db.emulationYear.create({
      data: {
        id: yearId,
        unitId,
        year: story.y(y),
        registrationDeadline: day(`${y}-02-20`),
        assessmentOpensOn: window.opensOn,
        assessmentClosesOn: window.closesOn,
        status: "OPEN",
        openedById: chairUser,
      },
    });
    const criteria = DEFAULT_CRITERIA.map((c, i) => ({ id: randomUUID(), yearId, position: i + 1, ...c }));
    await db.emulationCriterion.createMany({ data: criteria });
    await db.emulationLevel.createMany({
      data: DEFAULT_LEVELS.map((l, i) => ({ yearId, position: i + 1, ...l })),
    });
    await db.emulationYearMovement.createMany({
      data: movements.map((m) => ({
        yearId,
        movementId: m.id,
        launchedOn: day(`${y}-01-15`),
        goal: `Năm học ${story.y(y)}–${story.y(y) + 1}: 100% đoàn viên đăng ký; ít nhất 80% đạt danh hiệu`,
      })),
    });

    const regs: {
      id: string;
      yearId: string;
      subjectKey: string;
      memberId?: string;
      groupId?: string;
      state: Exclude<Plan["state"], null>;
      titleIds: string[];
      movementIds: string[];
      firstSubmittedAt: Date | null;
      submittedAt: Date | null;
      forwardedAt: Date | null;
      decidedAt: Date | null;
      decidedById: string | null;
      returnReason: string | null;
    }[] = [];
    const commitments: {
      id: string;
      registrationId: string;
      position: number;
      kind: (typeof PROGRAMME)[number]["kind"];
      content: string;
      target: string;
    }[] = [];
    const assessments: {
      id: string;
      yearId: string;
      memberId: string;
      state: "DRAFT" | "SUBMITTED";
      totalPoints: number;
      proposedLevel: string | null;
      comment: string;
      submittedAt: Date | null;
      returnedAt: Date | null;
      returnReason: string | null;
    }[] = [];
    const scores: { assessmentId: string; criterionId: string; selfPoints: number }[] = [];
    const outcomes: {
      assessmentId: string;
      commitmentId: string;
      result: "MET" | "PARTLY_MET" | "NOT_MET";
      evidence: string;
    }[] = [];

    let nth = 0;
    for (const m of active) {
      nth += 1;
      const p: Plan =
        y === 2025
          ? { state: "APPROVED", assessment: "SUBMITTED" }
          : (plan2026.get(m.id) ?? {
              state: registering ? registeringState(random()) : "APPROVED",
              assessment:
                random() < 0.55 ? (assessing ? "SUBMITTED" : null) : random() < 0.5 ? "DRAFT" : null,
            });
      if (!p.state) continue;
      const id = randomUUID();
      const sent = p.state !== "DRAFT";
      const decided = p.state === "APPROVED" || p.state === "RETURNED";
      const t = [title("Lao động tiên tiến")];
      if (m.gender === "FEMALE" && random() < 0.4) t.push(title(GIOI_VIEC_NUOC));
      if (random() < 0.12) t.push(title("Chiến sĩ thi đua cơ sở"));
      // The union's own title, registered by about one in four (no draw: the story's other draws stay put).
      if (nth % 4 === 1) t.push(title("Đoàn viên công đoàn xuất sắc"));
      regs.push({
        id,
        yearId,
        subjectKey: `m:${m.id}`,
        memberId: m.id,
        state: p.state,
        titleIds: t,
        movementIds: movements
          .filter((mv) => mv.eligibility === "ANY" || m.gender === "FEMALE")
          .map((mv) => mv.id),
        firstSubmittedAt: sent ? at(y, `${y}-01-1${Math.floor(random() * 9)}`) : null,
        submittedAt: sent ? at(y, `${y}-02-15`) : null,
        forwardedAt: p.state === "FORWARDED" || decided ? at(y, `${y}-02-17`) : null,
        decidedAt: decided ? at(y, `${y}-02-25`) : null,
        decidedById: decided ? chairUser : null,
        returnReason:
          p.state === "RETURNED"
            ? "Chương trình cá nhân chưa có chỉ tiêu cụ thể; đề nghị bổ sung chỉ tiêu đo được."
            : null,
      });
      const cIds = PROGRAMME.map((c, i) => {
        const cid = randomUUID();
        commitments.push({
          id: cid,
          registrationId: id,
          position: i + 1,
          kind: c.kind,
          content: c.content,
          target: c.target,
        });
        return cid;
      });
      if (p.state !== "APPROVED" || !p.assessment) continue;
      const aid = randomUUID();
      const pts = criteria.map((c) => ({
        assessmentId: aid,
        criterionId: c.id,
        selfPoints: Math.round(c.maxPoints * (0.65 + random() * 0.35)),
      }));
      const total = pts.reduce((s, x) => s + x.selfPoints, 0);
      const partial = y === 2026 && m.id === tuan.id;
      scores.push(...(partial ? pts.slice(0, 4) : pts));
      const returned = p.assessment === "RETURNED";
      const stored = partial ? pts.slice(0, 4).reduce((s, x) => s + x.selfPoints, 0) : total;
      assessments.push({
        id: aid,
        yearId,
        memberId: m.id,
        state: p.assessment === "SUBMITTED" ? "SUBMITTED" : "DRAFT",
        totalPoints: stored,
        proposedLevel: levelFor(stored, DEFAULT_LEVELS),
        comment: "Hoàn thành nhiệm vụ được giao, tham gia đầy đủ các hoạt động.",
        submittedAt: p.assessment === "DRAFT" ? null : at(y, `${y}-09-1${Math.floor(random() * 9)}`),
        returnedAt: returned ? at(y, `${y}-09-20`) : null,
        returnReason: returned
          ? "Phần minh chứng cam kết nhiệm vụ còn thiếu; bổ sung số học sinh đạt giải."
          : null,
      });
      if (!partial)
        cIds.forEach((cid, i) =>
          outcomes.push({
            assessmentId: aid,
            commitmentId: cid,
            result: i === 2 && random() < 0.3 ? "PARTLY_MET" : "MET",
            evidence: i === 2 ? "Có 2 học sinh đạt giải cấp tỉnh" : "Theo sổ theo dõi của tổ",
          }),
        );
    }
    // Each tổ's collective registration: approved in 2025; in 2026 the Tổ Toán – Tin one is waiting.
    for (const g of ctx.groups) {
      const waiting = y === 2026 && g.id === toanTin.id;
      regs.push({
        id: randomUUID(),
        yearId,
        subjectKey: `g:${g.id}`,
        groupId: g.id,
        state: waiting ? "SUBMITTED" : "APPROVED",
        titleIds: [title("Tổ công đoàn vững mạnh")],
        movementIds: [movements[0].id],
        firstSubmittedAt: at(y, `${y}-02-13`),
        submittedAt: at(y, `${y}-02-13`),
        forwardedAt: null,
        decidedAt: waiting ? null : at(y, `${y}-02-25`),
        decidedById: waiting ? null : chairUser,
        returnReason: null,
      });
    }
    await db.emulationRegistration.createMany({ data: regs });
    await db.emulationCommitment.createMany({ data: commitments });
    await db.emulationSelfAssessment.createMany({ data: assessments });
    await db.emulationScore.createMany({ data: scores });
    await db.emulationCommitmentOutcome.createMany({ data: outcomes });
  }
}
