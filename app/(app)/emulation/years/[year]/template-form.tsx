"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { saveEmulationTemplateAction } from "@/lib/emulation/actions";
import { templateSchema, type TemplateValues } from "@/lib/emulation/schema";

/** Criteria (grouped by name, with maximum points) and the level thresholds, as data. */
export function TemplateForm({ initial, locked }: { initial: TemplateValues; locked: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<TemplateValues>({ resolver: zodResolver(templateSchema), defaultValues: initial });
  const criteria = useFieldArray({ control: form.control, name: "criteria" });
  const levels = useFieldArray({ control: form.control, name: "levels" });
  const watched = useWatch({ control: form.control, name: "criteria" });
  const total = (watched ?? []).reduce((s, c) => s + (Number(c?.maxPoints) || 0), 0);
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await saveEmulationTemplateAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", `Đã lưu mẫu tiêu chí (${result.data.total} điểm).`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <fieldset disabled={locked} className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium">
          Tiêu chí (tổng điểm chuẩn: <b data-testid="template-total">{total}</b>)
        </legend>
        {criteria.fields.map((f, i) => {
          const e = errors.criteria?.[i];
          return (
            <div
              key={f.id}
              className="grid grid-cols-1 gap-2 rounded-lg border border-surface-line p-3 sm:grid-cols-[12rem_1fr_6rem_auto] sm:items-end"
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
              <Button variant="ghost" onClick={() => criteria.remove(i)}>
                Bỏ
              </Button>
            </div>
          );
        })}
        <div>
          <Button
            variant="secondary"
            onClick={() =>
              criteria.append({
                id: "",
                groupName: criteria.fields.at(-1)?.groupName ?? "",
                content: "",
                maxPoints: 5,
              })
            }
          >
            + Thêm tiêu chí
          </Button>
        </div>
      </fieldset>
      <fieldset disabled={locked} className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">
          Mức xếp loại (đạt mức khi tổng điểm ≥ điểm tối thiểu)
        </legend>
        {levels.fields.map((f, i) => {
          const e = errors.levels?.[i];
          return (
            <div key={f.id} className="grid grid-cols-[1fr_7rem_auto] items-end gap-2">
              <Field label={`Mức ${i + 1}`} htmlFor={`levels.${i}.name`} error={e?.name?.message}>
                <input
                  id={`levels.${i}.name`}
                  className={inputClass(!!e?.name)}
                  {...form.register(`levels.${i}.name`)}
                />
              </Field>
              <Field label="Từ (điểm)" htmlFor={`levels.${i}.minPoints`} error={e?.minPoints?.message}>
                <input
                  id={`levels.${i}.minPoints`}
                  inputMode="numeric"
                  className={inputClass(!!e?.minPoints)}
                  {...form.register(`levels.${i}.minPoints`)}
                />
              </Field>
              <Button variant="ghost" onClick={() => levels.remove(i)}>
                Bỏ
              </Button>
            </div>
          );
        })}
        {(errors.levels as { message?: string } | undefined)?.message && (
          <p role="alert" className="text-sm text-brand-700" data-field-error="levels">
            {(errors.levels as { message?: string }).message}
          </p>
        )}
        <div>
          <Button variant="secondary" onClick={() => levels.append({ name: "", minPoints: 0 })}>
            + Thêm mức
          </Button>
        </div>
      </fieldset>
      {!locked && (
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Đang lưu…" : "Lưu mẫu tiêu chí"}
          </Button>
        </div>
      )}
    </form>
  );
}
