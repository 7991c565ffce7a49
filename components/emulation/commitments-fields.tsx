"use client";
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { COMMITMENT_KIND_LABELS } from "@/lib/emulation/labels";
import type { RegistrationValues } from "@/lib/emulation/schema";

type Props = {
  control: Control<RegistrationValues>;
  register: UseFormRegister<RegistrationValues>;
  errors: FieldErrors<RegistrationValues>;
};

/** The personal programme: a short list of concrete commitments, each with an optional measurable target. */
export function CommitmentsFields({ control, register, errors }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: "commitments" });
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-medium text-ink">Chương trình cá nhân (cam kết)</legend>
      <p className="text-xs text-ink-muted">
        Mỗi cam kết là một việc cụ thể về học tập, rèn luyện hoặc nhiệm vụ; ghi chỉ tiêu đo được nếu có. Cuối
        năm bạn tự đánh giá theo đúng các cam kết này.
      </p>
      {fields.map((f, i) => {
        const e = errors.commitments?.[i];
        return (
          <div
            key={f.id}
            className="grid grid-cols-1 gap-3 rounded-lg border border-surface-line p-3 sm:grid-cols-[10rem_1fr]"
            data-testid="commitment"
          >
            <Field
              label={`Loại (cam kết ${i + 1})`}
              htmlFor={`commitments.${i}.kind`}
              error={e?.kind?.message}
            >
              <select
                id={`commitments.${i}.kind`}
                className={inputClass(!!e?.kind)}
                {...register(`commitments.${i}.kind`)}
              >
                {Object.entries(COMMITMENT_KIND_LABELS).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Nội dung" htmlFor={`commitments.${i}.content`} error={e?.content?.message}>
              <textarea
                id={`commitments.${i}.content`}
                rows={2}
                className={inputClass(!!e?.content)}
                {...register(`commitments.${i}.content`)}
              />
            </Field>
            <Field
              label="Chỉ tiêu đo được (nếu có)"
              htmlFor={`commitments.${i}.target`}
              error={e?.target?.message}
              className="sm:col-start-2"
            >
              <input
                id={`commitments.${i}.target`}
                className={inputClass(!!e?.target)}
                placeholder="Ví dụ: 2 chuyên đề; 100% hồ sơ đúng hạn"
                {...register(`commitments.${i}.target`)}
              />
            </Field>
            <div className="sm:col-start-2">
              <Button variant="ghost" className="text-brand-700" onClick={() => remove(i)}>
                Bỏ cam kết này
              </Button>
            </div>
          </div>
        );
      })}
      {errors.commitments?.message && (
        <p role="alert" className="text-sm text-brand-700" data-field-error="commitments">
          {errors.commitments.message}
        </p>
      )}
      <div>
        <Button
          variant="secondary"
          onClick={() =>
            append({
              kind: fields.length === 0 ? "STUDY" : fields.length === 1 ? "TRAINING" : "TASK",
              content: "",
              target: "",
            })
          }
        >
          + Thêm cam kết
        </Button>
      </div>
    </fieldset>
  );
}
