"use client";
// The tổ's record for one member, saved on its own (a sticky "Lưu" per member): scores where they
// differ, proposal, votes, opinion and the notes that exclude. The same rules as the server
// (reviewProblems) run here first; the server's verdict lands next to the same fields.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { type FieldErrors, type UseFormRegister, useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { levelFor, sumPoints } from "@/lib/emulation/levels";
import {
  type ExclusionSettings,
  levelCap,
  NOTE_EXCLUSION_TEXTS,
  noteExclusionReasons,
} from "@/lib/rating/exclusions";
import { saveMemberReviewAction } from "@/lib/rating/groups/actions";
import { buildMemberReviewSchema, toCount, type MemberReviewValues } from "@/lib/rating/groups/schema";
import { CriteriaFields } from "./criteria-fields";
import type { CriterionView, LevelView, MemberRowView } from "./types";

type Props = {
  row: MemberRowView;
  criteria: CriterionView[];
  levels: LevelView[];
  presentCount: number | null;
  exclusion: ExclusionSettings;
};

export function MemberReviewForm({ row, criteria, levels, presentCount, exclusion }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [version, setVersion] = useState(row.version);
  const scored = useMemo(
    () => (row.assessment?.state === "SUBMITTED" ? row.assessment.scores : []),
    [row.assessment],
  );
  const scores = useMemo(() => new Map(scored.map((s) => [s.criterionId, s])), [scored]);
  // Reasons that do not come from the notes on this form (time in the unit, registration).
  const otherReasons = (row.awardBarReason ?? "")
    .split("; ")
    .filter((x) => x && !NOTE_EXCLUSION_TEXTS.includes(x));
  const form = useForm<MemberReviewValues>({
    defaultValues: {
      ratingId: row.id,
      version: row.version,
      proposedLevel: row.proposedLevel ?? "",
      votesFor: row.votesFor?.toString() ?? "",
      votesAgainst: row.votesAgainst?.toString() ?? "",
      groupOpinion: row.groupOpinion ?? "",
      longLeaveNote: row.longLeaveNote ?? "",
      disciplineNote: row.disciplineNote ?? "",
      sanctionNote: row.sanctionNote ?? "",
      scores: Object.fromEntries(
        scored.map((s) => [
          s.criterionId,
          { groupPoints: s.groupPoints?.toString() ?? "", explanation: s.explanation ?? "" },
        ]),
      ),
    },
    resolver: (values, ctx, options) => {
      const schema = buildMemberReviewSchema({
        presentCount,
        levels: levels.map((l) => l.name),
        criteria: scored.map((s) => ({
          id: s.criterionId,
          selfPoints: s.selfPoints,
          maxPoints: criteria.find((c) => c.id === s.criterionId)?.maxPoints ?? 0,
        })),
        exclusion,
      });
      return zodResolver(schema)(values, ctx, options);
    },
  });
  const liveReasons = (v: Pick<MemberReviewValues, "longLeaveNote" | "disciplineNote" | "sanctionNote">) => [
    ...otherReasons,
    ...noteExclusionReasons(v, exclusion),
  ];
  const { errors, isSubmitting } = form.formState;
  const watched = useWatch({ control: form.control });
  const excluded = liveReasons({
    longLeaveNote: watched.longLeaveNote ?? "",
    disciplineNote: watched.disciplineNote ?? "",
    sanctionNote: watched.sanctionNote ?? "",
  });
  const capName = capNameOf(watched.disciplineNote, exclusion, levels);
  const total = sumPoints(
    scored.map((s) => toCount(watched.scores?.[s.criterionId]?.groupPoints ?? "") ?? s.selfPoints),
  );
  const suggestion = scored.length ? levelFor(total, levels) : null;
  const p = `m-${row.id}`;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await saveMemberReviewAction({ ...values, version });
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    setVersion(result.data.version);
    form.reset({ ...values, version: result.data.version });
    toast("success", `Đã lưu bình xét của ${row.member.fullName}.`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {scored.length > 0 && (
        <CriteriaFields
          prefix={p}
          criteria={criteria}
          scores={scores}
          register={form.register}
          errors={errors}
        />
      )}
      <AwardBarNotice reasons={excluded} capName={capName} />
      <ProposalFields p={p} levels={levels} register={form.register} errors={errors} />
      <StickyFooter
        total={total}
        suggestion={suggestion}
        presentCount={presentCount}
        offerSuggestion={!!suggestion && watched.proposedLevel !== suggestion}
        onUseSuggestion={() =>
          suggestion && form.setValue("proposedLevel", suggestion, { shouldDirty: true })
        }
        submitting={isSubmitting}
      />
    </form>
  );
}

type FieldsProps = {
  p: string;
  levels: LevelView[];
  register: UseFormRegister<MemberReviewValues>;
  errors: FieldErrors<MemberReviewValues>;
};

/** The proposal, the votes, the opinion and the notes that exclude. */
function ProposalFields({ p, levels, register, errors }: FieldsProps) {
  return (
    <>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Field
          label="Mức đề xuất của tổ"
          htmlFor={`${p}-level`}
          error={errors.proposedLevel?.message}
          className="col-span-2"
        >
          <select
            id={`${p}-level`}
            className={inputClass(!!errors.proposedLevel)}
            {...register("proposedLevel")}
          >
            <option value="">— Chưa đề xuất —</option>
            {levels.map((l) => (
              <option key={l.name} value={l.name}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Số phiếu đồng ý" htmlFor={`${p}-for`} error={errors.votesFor?.message}>
          <input
            id={`${p}-for`}
            inputMode="numeric"
            className={inputClass(!!errors.votesFor)}
            {...register("votesFor")}
          />
        </Field>
        <Field label="Số phiếu không đồng ý" htmlFor={`${p}-against`} error={errors.votesAgainst?.message}>
          <input
            id={`${p}-against`}
            inputMode="numeric"
            className={inputClass(!!errors.votesAgainst)}
            {...register("votesAgainst")}
          />
        </Field>
      </div>
      <Field label="Ý kiến của tổ" htmlFor={`${p}-opinion`} error={errors.groupOpinion?.message}>
        <textarea
          id={`${p}-opinion`}
          rows={2}
          className={inputClass(!!errors.groupOpinion)}
          {...register("groupOpinion")}
        />
      </Field>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field
          label="Nghỉ dài ngày (không ghi nghỉ thai sản)"
          htmlFor={`${p}-leave`}
          error={errors.longLeaveNote?.message}
          hint="Ghi lý do và thời gian; không xét danh hiệu, khen thưởng (vẫn xếp loại)."
        >
          <input
            id={`${p}-leave`}
            className={inputClass(!!errors.longLeaveNote)}
            {...register("longLeaveNote")}
          />
        </Field>
        <Field
          label="Bị kỷ luật trong năm"
          htmlFor={`${p}-discipline`}
          error={errors.disciplineNote?.message}
          hint="Hình thức, số quyết định; không xét danh hiệu, khen thưởng và mức xếp loại bị giới hạn."
        >
          <input
            id={`${p}-discipline`}
            className={inputClass(!!errors.disciplineNote)}
            {...register("disciplineNote")}
          />
        </Field>
        <Field
          label="Bị xử phạt hành chính trong năm"
          htmlFor={`${p}-sanction`}
          error={errors.sanctionNote?.message}
          hint="Hành vi, số quyết định xử phạt; không xét danh hiệu, khen thưởng."
        >
          <input
            id={`${p}-sanction`}
            className={inputClass(!!errors.sanctionNote)}
            {...register("sanctionNote")}
          />
        </Field>
      </div>
    </>
  );
}

function StickyFooter({
  total,
  suggestion,
  presentCount,
  offerSuggestion,
  onUseSuggestion,
  submitting,
}: {
  total: number;
  suggestion: string | null;
  presentCount: number | null;
  offerSuggestion: boolean;
  onUseSuggestion: () => void;
  submitting: boolean;
}) {
  return (
    <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-t border-surface-line bg-white px-4 py-2 sm:mx-0 sm:rounded-lg sm:border sm:py-3">
      <p className="mr-auto text-xs text-ink-muted sm:text-sm">
        {suggestion ? (
          <>
            Tổ chấm: <b className="text-ink">{total}</b> điểm · gợi ý:{" "}
            <b className="text-ink">{suggestion}</b>
          </>
        ) : (
          "Chưa có phiếu tự đánh giá đã nộp."
        )}
        {presentCount !== null && <> · {presentCount} người dự họp</>}
      </p>
      {offerSuggestion && (
        <Button variant="ghost" onClick={onUseSuggestion}>
          Dùng mức gợi ý
        </Button>
      )}
      <Button type="submit" disabled={submitting}>
        {submitting ? "Đang lưu…" : "Lưu"}
      </Button>
    </div>
  );
}

/** The level a disciplined member may not go above, or null. */
function capNameOf(disciplineNote: string | undefined, exclusion: ExclusionSettings, levels: LevelView[]) {
  const cap = levelCap({ disciplineNote: disciplineNote ?? "" }, exclusion);
  return cap ? (levels[cap.position]?.name ?? null) : null;
}

/** Why the member is not considered for titles and awards; they are still rated (capped when disciplined). */
function AwardBarNotice({ reasons, capName }: { reasons: string[]; capName: string | null }) {
  if (!reasons.length) return null;
  return (
    <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Không xét danh hiệu thi đua, khen thưởng: {reasons.join("; ")}. Đoàn viên vẫn được đánh giá, xếp loại
      {capName ? `, mức không cao hơn “${capName}”` : ""}.
    </p>
  );
}
