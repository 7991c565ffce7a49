import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { cycleYearOf, type Cycle } from "@/lib/settings/cycle";
import { unitCycle } from "@/lib/settings/unit-cycle";
import { assessmentHeading, registrationHeading } from "../headings";

export type TodoItem = {
  key: string;
  title: string;
  detail: string;
  href: string;
  tone: "amber" | "red" | "blue";
  /** The day it is due by (null: to do now, or no deadline left), for "Của tôi"'s order (lib/me). */
  dueOn: Date | null;
};

/** What is due from the member this year: register, fix a returned form, self-assess. */
export async function getMemberTodo(actor: Actor): Promise<TodoItem[]> {
  if (!actor.memberId || !can(actor, "emulation.self")) return [];
  const today = clock.today();
  // Today's cycle is the current year's: one read gives both the year and its label.
  const cycle = await unitCycle(actor.unitId, today);
  const year = await db.emulationYear.findFirst({
    where: { unitId: actor.unitId, year: cycleYearOf(today, cycle), status: "OPEN" },
    select: {
      id: true,
      year: true,
      registrationDeadline: true,
      assessmentOpensOn: true,
      assessmentClosesOn: true,
      registrations: {
        where: { memberId: actor.memberId },
        select: { state: true, firstSubmittedAt: true, lateAllowedAt: true, returnReason: true },
      },
      assessments: {
        where: { memberId: actor.memberId },
        select: { state: true, returnedAt: true, returnReason: true },
      },
    },
  });
  if (!year) return [];
  return [...registrationTodo(year, cycle, today), ...assessmentTodo(year, cycle, today)];
}

type TodoYear = {
  year: number;
  registrationDeadline: Date;
  assessmentOpensOn: Date;
  assessmentClosesOn: Date;
  registrations: {
    state: string;
    firstSubmittedAt: Date | null;
    lateAllowedAt: Date | null;
    returnReason: string | null;
  }[];
  assessments: { state: string; returnedAt: Date | null; returnReason: string | null }[];
};

/** Register (late or not), or fix a returned registration. */
function registrationTodo(year: TodoYear, cycle: Cycle, today: Date): TodoItem[] {
  const reg = year.registrations[0];
  const deadline = formatDate(year.registrationDeadline);
  if (!reg || (reg.state === "DRAFT" && !reg.firstSubmittedAt)) {
    const late = today > year.registrationDeadline && !reg?.lateAllowedAt;
    return [
      {
        key: "register",
        title: registrationHeading(year.year, cycle),
        detail: late
          ? `Đã quá hạn ${deadline}. Hãy đề nghị Ban Chấp hành cho phép đăng ký muộn.`
          : `Hạn gửi: ${deadline}${reg?.lateAllowedAt ? " (đã được cho phép đăng ký muộn)" : ""}.`,
        href: "/me/emulation",
        tone: late ? "red" : "amber",
        dueOn: reg?.lateAllowedAt ? null : year.registrationDeadline,
      },
    ];
  }
  if (reg.state === "RETURNED") {
    return [
      {
        key: "fix-registration",
        title: "Sửa bản đăng ký bị trả lại",
        detail: `Ban Chấp hành trả lại: ${reg.returnReason ?? ""}`,
        href: "/me/emulation",
        tone: "red",
        dueOn: null,
      },
    ];
  }
  return [];
}

/** Fix a returned self-assessment, or self-assess while the window is open. */
function assessmentTodo(year: TodoYear, cycle: Cycle, today: Date): TodoItem[] {
  const a = year.assessments[0];
  const window = `${formatDate(year.assessmentOpensOn)} – ${formatDate(year.assessmentClosesOn)}`;
  if (a?.state === "DRAFT" && a.returnedAt) {
    return [
      {
        key: "fix-assessment",
        title: "Sửa phiếu tự đánh giá bị trả lại",
        detail: `Lý do trả lại: ${a.returnReason ?? ""}`,
        href: "/me/emulation/assessment",
        tone: "red",
        dueOn: null,
      },
    ];
  }
  if (a?.state !== "SUBMITTED" && today >= year.assessmentOpensOn && today <= year.assessmentClosesOn) {
    return [
      {
        key: "assess",
        title: assessmentHeading(year.year, cycle),
        detail: `Hạn nộp: ${formatDate(year.assessmentClosesOn)} (mở ${window}).`,
        href: "/me/emulation/assessment",
        tone: "amber",
        dueOn: year.assessmentClosesOn,
      },
    ];
  }
  return [];
}
