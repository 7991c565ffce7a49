import Link from "next/link";
import { type Actor, can } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import { paperLabel } from "@/lib/submissions/labels";
import type { SubmissionKindCode } from "@/lib/submissions/payloads";
import { latestSubmission, upperOf } from "@/lib/submissions/queries";
import { SubmitPaperButton } from "./submit-paper-button";

type Last = NonNullable<Awaited<ReturnType<typeof latestSubmission>>>;

/** "Đã gửi bản 2 (6 tháng đầu năm 2026) ngày dd/MM/yyyy — Cấp trên trả lại: …." */
function sentLine(last: Last, withPeriod: boolean) {
  const period = withPeriod && last.periodLabel ? ` (${last.periodLabel})` : "";
  const answer =
    last.state === "RETURNED"
      ? ` — Cấp trên trả lại: ${last.comment ?? ""}`
      : last.state === "ACCEPTED"
        ? ` — Cấp trên đã tiếp nhận${last.comment ? `: ${last.comment}` : ""}`
        : " — chờ cấp trên tiếp nhận";
  return `Đã gửi bản ${last.version}${period} ngày ${formatDate(last.submittedAt)}${answer}`.replace(
    /\.?$/,
    ".",
  );
}

/**
 * On a paper's own screen: where its latest version stands with the cấp trên ("Đã gửi bản 2 ngày
 * dd/MM/yyyy — Cấp trên trả lại: …") and the "Gửi cấp trên" button for who may send.
 */
export async function PaperSubmission({
  actor,
  kind,
  year,
  period,
}: {
  actor: Actor;
  kind: SubmissionKindCode;
  year: number;
  /** The period the screen shows, when the paper goes up for it (the statistics report). */
  period?: { from: string; to: string; label: string };
}) {
  if (!can(actor, "submissions.read") && !can(actor, "submissions.send")) return null;
  const [upper, last, cycle] = await Promise.all([
    upperOf(actor),
    latestSubmission(actor, kind, year),
    cycleOfYear(actor.unitId, year),
  ]);
  if (!upper && !last) return null;
  const sent = last ? sentLine(last, !!period) : null;
  return (
    <section
      aria-label="Gửi cấp trên"
      data-testid="paper-submission"
      className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-card border border-surface-line bg-white px-4 py-3 text-sm"
    >
      <p className="min-w-0">
        <span className="font-medium">{paperLabel(kind, year, cycle)}: </span>
        {sent ?? `chưa gửi ${upper?.name ?? "cấp trên"}.`}{" "}
        {period && upper && can(actor, "submissions.send") && (
          <span className="block text-ink-muted">Gửi lên là báo cáo của kỳ đang xem: {period.label}.</span>
        )}
        {can(actor, "submissions.read") && (
          <Link href={`/submissions?year=${year}`} className="text-brand-700 underline">
            Xem các bản đã gửi
          </Link>
        )}
      </p>
      {upper && can(actor, "submissions.send") && (
        <SubmitPaperButton
          kind={kind}
          year={year}
          period={period ? { from: period.from, to: period.to } : undefined}
          label={last ? `Gửi cấp trên bản ${last.version + 1}` : "Gửi cấp trên"}
        />
      )}
    </section>
  );
}
