"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { saveCollectiveTemplateAction } from "@/lib/rating/collectives/actions";
import { collectiveTemplateSchema, type CollectiveTemplateValues } from "@/lib/rating/collectives/schema";

/** Criteria with their group and điểm chuẩn: add, remove, move up/down; locked once scored. */
export function CollectiveTemplateForm({
  initial,
  editable,
  suggested,
}: {
  initial: CollectiveTemplateValues;
  editable: boolean;
  /** The built-in sheet of the unit's type, to start from (saved only with "Lưu mẫu tiêu chí"). */
  suggested?: { label: string; criteria: { groupName: string; content: string; maxPoints: number }[] };
}) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<CollectiveTemplateValues>({
    resolver: zodResolver(collectiveTemplateSchema),
    defaultValues: initial,
  });
  const criteria = useFieldArray({ control: form.control, name: "criteria" });
  const watched = useWatch({ control: form.control, name: "criteria" }) ?? [];
  const total = watched.reduce((s, c) => s + (Number(c?.maxPoints) || 0), 0);
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const res = await saveCollectiveTemplateAction(v);
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
    toast("success", `Đã lưu mẫu: ${res.data.count} tiêu chí, ${res.data.total} điểm.`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <p className="text-sm">
        Tổng điểm chuẩn: <b data-testid="template-total">{total}</b>
      </p>
      <fieldset disabled={!editable} className="flex flex-col gap-3">
        <legend className="sr-only">Tiêu chí</legend>
        {criteria.fields.map((f, i) => {
          const e = errors.criteria?.[i];
          return (
            <div
              key={f.id}
              className="grid grid-cols-1 gap-2 rounded-lg border border-surface-line p-3 sm:grid-cols-[12rem_1fr_6rem] sm:items-end"
            >
              <Field label="Nhóm" htmlFor={`criteria.${i}.groupName`} error={e?.groupName?.message}>
                <input
                  id={`criteria.${i}.groupName`}
                  className={inputClass(!!e?.groupName)}
                  {...form.register(`criteria.${i}.groupName`)}
                />
              </Field>
              <Field
                label={`Tiêu chí ${i + 1}`}
                htmlFor={`criteria.${i}.content`}
                error={e?.content?.message}
              >
                <input
                  id={`criteria.${i}.content`}
                  className={inputClass(!!e?.content)}
                  {...form.register(`criteria.${i}.content`)}
                />
              </Field>
              <Field label="Điểm chuẩn" htmlFor={`criteria.${i}.maxPoints`} error={e?.maxPoints?.message}>
                <input
                  id={`criteria.${i}.maxPoints`}
                  inputMode="numeric"
                  className={inputClass(!!e?.maxPoints)}
                  {...form.register(`criteria.${i}.maxPoints`)}
                />
              </Field>
              {editable && (
                <div className="flex gap-1 sm:col-span-3">
                  <Button
                    variant="ghost"
                    disabled={i === 0}
                    onClick={() => criteria.move(i, i - 1)}
                    aria-label={`Đưa tiêu chí ${i + 1} lên`}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={i === criteria.fields.length - 1}
                    onClick={() => criteria.move(i, i + 1)}
                    aria-label={`Đưa tiêu chí ${i + 1} xuống`}
                  >
                    ↓
                  </Button>
                  <Button variant="ghost" onClick={() => criteria.remove(i)}>
                    Bỏ
                  </Button>
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      {(errors.criteria as { message?: string } | undefined)?.message && (
        <p role="alert" className="text-sm text-brand-700" data-field-error="criteria">
          {(errors.criteria as { message?: string }).message}
        </p>
      )}
      {editable && (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() =>
              criteria.append({
                id: "",
                groupName: watched.at(-1)?.groupName ?? "",
                content: "",
                maxPoints: 5,
              })
            }
          >
            + Thêm tiêu chí
          </Button>
          {suggested && (
            <Button
              variant="secondary"
              onClick={() => criteria.replace(suggested.criteria.map((c) => ({ id: "", ...c })))}
            >
              {suggested.label}
            </Button>
          )}
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Đang lưu…" : "Lưu mẫu tiêu chí"}
          </Button>
        </div>
      )}
    </form>
  );
}
