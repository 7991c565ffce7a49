import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { SettingDefinition } from "@/lib/settings/registry";

const PLACEHOLDERS: Record<SettingDefinition["kind"], string> = {
  money: "Ví dụ: 2.340.000",
  percent: "Ví dụ: 0,5",
  dayOfYear: "dd/mm, ví dụ 25/01",
  text: "",
  choice: "",
};

/** The value control for a setting's kind: a list for choices, a text box otherwise. */
export function SettingValueInput({
  def,
  register,
  error,
}: {
  def: SettingDefinition;
  register: UseFormRegisterReturn;
  error?: string;
}) {
  const label = def.kind === "money" ? "Giá trị (đồng)" : def.kind === "percent" ? "Giá trị (%)" : "Giá trị";
  return (
    <Field label={label} htmlFor="setting-value" error={error} hint={def.hint} required>
      {def.kind === "choice" ? (
        <select id="setting-value" className={inputClass(!!error)} {...register}>
          {def.choices?.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id="setting-value"
          autoComplete="off"
          inputMode={def.kind === "money" ? "numeric" : def.kind === "percent" ? "decimal" : undefined}
          placeholder={PLACEHOLDERS[def.kind]}
          className={inputClass(!!error)}
          {...register}
        />
      )}
    </Field>
  );
}
