// Settings forms and actions share these schemas. Client-safe.
import { dateField, optionalText, z } from "@/lib/validation";
import { isSettingKey, SETTING_REGISTRY } from "./registry";
import { parseSettingInput } from "./service";

const requiredText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .max(max, `${label.charAt(0).toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`);

export const unitInfoSchema = z.object({
  name: requiredText("tên công đoàn cơ sở", 200),
  parentName: requiredText("tên công đoàn cấp trên", 200),
  placeName: requiredText("địa danh", 100),
});
export type UnitInfoValues = z.input<typeof unitInfoSchema>;

/** A new dated value. The value is typed text, checked against the key's kind. */
export const addSettingSchema = z
  .object({
    key: z.string().refine(isSettingKey, "Quy định không tồn tại."),
    value: z.string(),
    effectiveFrom: dateField("ngày hiệu lực"),
    note: optionalText(300, "ghi chú"),
  })
  .superRefine((v, ctx) => {
    if (!isSettingKey(v.key)) return;
    const parsed = parseSettingInput(SETTING_REGISTRY[v.key], v.value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["value"], message: parsed.error });
    if (v.effectiveFrom && v.effectiveFrom < "2000-01-01") {
      ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: "Ngày hiệu lực không hợp lệ." });
    }
  });
export type AddSettingValues = z.input<typeof addSettingSchema>;
