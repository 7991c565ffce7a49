"use client";
// One member's final level: a select (which moves the meter at once), the written justification
// when the choice goes over the quota, and "Lưu mức xếp loại". The select is disabled until React
// has hydrated: a choice made before that moved nothing, and useForm({ values }) reset it on mount,
// leaving the button disabled with the choice seemingly made (components/forms/use-hydrated.ts).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { type FieldErrors, type UseFormRegisterReturn, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { decideMemberLevelAction } from "@/lib/rating/decision/actions";
import type { DecisionRow } from "@/lib/rating/decision/queries";
import { moveCount, verdictFor, type QuotaSettings, type SchemeLevel } from "@/lib/rating/quota";
import { decideLevelSchema, type DecideLevelValues } from "@/lib/rating/schema";

export type DecisionCellProps = {
  row: DecisionRow;
  levels: SchemeLevel[];
  quota: QuotaSettings;
  unitCounts: Record<string, number>;
  pending: Record<string, string | null>;
  onChoose: (id: string, level: string | null) => void;
  onSaved: (id: string) => void;
};

export function DecisionCell({
  row,
  levels,
  quota,
  unitCounts,
  pending,
  onChoose,
  onSaved,
}: DecisionCellProps) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const form = useForm<DecideLevelValues>({
    resolver: zodResolver(decideLevelSchema),
    values: {
      memberRatingId: row.id,
      version: row.version,
      level: row.finalLevel ?? "",
      exceptionReason: row.exceptionReason ?? "",
    },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const chosen = form.watch("level") || null;
  // The verdict against the live counts without this row's own unsaved choice.
  const others = row.id in pending ? moveCount(unitCounts, pending[row.id], row.finalLevel) : unitCounts;
  const verdict = verdictFor(others, row.finalLevel, chosen, levels, quota);
  const showReason = showsReason(verdict, row, chosen, levels, quota, !!form.watch("exceptionReason"));
  const id = `level-${row.id}`;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await decideMemberLevelAction(values);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được mức xếp loại.");
    toast("success", `Đã lưu mức xếp loại của ${row.fullName}.`);
    onSaved(row.id);
    router.refresh();
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-2"
      aria-label={`Mức xếp loại của ${row.fullName}`}
    >
      <label htmlFor={id} className="sr-only">
        Mức cuối cùng của {row.fullName}
      </label>
      <div className="flex gap-2">
        <select
          id={id}
          className={inputClass(!!errors.level || verdict === "blocked")}
          aria-invalid={!!errors.level || undefined}
          aria-describedby={errors.level ? `${id}-error` : undefined}
          {...form.register("level", { onChange: (e) => onChoose(row.id, e.target.value || null) })}
          disabled={!hydrated}
        >
          <option value="">— Chưa quyết định —</option>
          {levels.map((l) => (
            <option key={l.name} value={l.name}>
              {l.name}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant={isDirty ? "primary" : "secondary"}
          disabled={!hydrated || isSubmitting || !isDirty}
          className="shrink-0"
        >
          {isSubmitting ? "Đang lưu…" : "Lưu mức xếp loại"}
        </Button>
      </div>
      <LevelMessages id={id} verdict={verdict} errors={errors} />
      {showReason && (
        <ExceptionReasonField
          id={`${id}-reason`}
          required={verdict === "needs-justification"}
          error={errors.exceptionReason?.message}
          field={form.register("exceptionReason")}
          disabled={!hydrated}
        />
      )}
    </form>
  );
}

type Verdict = ReturnType<typeof verdictFor>;

/** The justification shows when the choice needs one, when one is stored, or while one is typed for the top level. */
function showsReason(
  verdict: Verdict,
  row: DecisionRow,
  chosen: string | null,
  levels: SchemeLevel[],
  quota: QuotaSettings,
  typing: boolean,
) {
  if (verdict !== "ok" || row.exceptionReason) return true;
  return chosen !== null && chosen === levels[0]?.name && quota.mode === "WARN" && typing;
}

function LevelMessages({
  id,
  verdict,
  errors,
}: {
  id: string;
  verdict: Verdict;
  errors: FieldErrors<DecideLevelValues>;
}) {
  return (
    <>
      {verdict === "blocked" && !errors.level && (
        <p role="alert" className="text-xs text-brand-700">
          Vượt tỉ lệ: chế độ chặn sẽ không cho lưu mức này.
        </p>
      )}
      {errors.level && (
        <p role="alert" id={`${id}-error`} className="text-sm text-brand-700" data-field-error="level">
          {errors.level.message}
        </p>
      )}
    </>
  );
}

function ExceptionReasonField({
  id,
  required,
  error,
  field,
  disabled,
}: {
  id: string;
  required: boolean;
  error?: string;
  field: UseFormRegisterReturn<"exceptionReason">;
  disabled: boolean;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-ink">
        Giải trình ngoại lệ
        {required && <span className="text-brand-600"> *</span>}
      </label>
      <textarea
        id={id}
        rows={2}
        className={inputClass(!!error)}
        placeholder="Lý do vượt tỉ lệ (ít nhất 10 ký tự)"
        {...field}
        disabled={disabled}
      />
      {error && (
        <p role="alert" className="text-sm text-brand-700" data-field-error="exceptionReason">
          {error}
        </p>
      )}
    </div>
  );
}
