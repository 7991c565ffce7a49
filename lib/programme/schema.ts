// The programme's forms and actions share these schemas (decision 0082). Client-safe.
import { optionalText, z } from "@/lib/validation";
import { isPeriodCode } from "./periods";

const id = z.string().min(1).max(40);
const year = z.coerce
  .number({ error: "Năm không hợp lệ." })
  .int("Năm không hợp lệ.")
  .min(2000, "Năm không hợp lệ.")
  .max(2100, "Năm không hợp lệ.");
const period = z
  .string({ error: "Vui lòng chọn tháng hoặc quý." })
  .trim()
  .refine(isPeriodCode, "Vui lòng chọn tháng hoặc quý.");
const title = z
  .string({ error: "Vui lòng nhập nội dung công việc." })
  .trim()
  .min(5, "Vui lòng nhập nội dung công việc (ít nhất 5 ký tự).")
  .max(300, "Nội dung công việc dài quá 300 ký tự.");
/** "" or "<kind>:<id>": the record that carries the item out, chosen from the form's list. */
const link = z
  .string()
  .trim()
  .max(80, "Hồ sơ thực hiện không hợp lệ.")
  .refine((v) => v === "" || /^(meeting|movement|welfareVisit):[A-Za-z0-9_-]{1,40}$/.test(v), {
    message: "Hồ sơ thực hiện không hợp lệ.",
  });
const owner = z.string().trim().max(40, "Người phụ trách không hợp lệ.");

export const programmeItemSchema = z.object({
  year,
  period,
  title,
  content: optionalText(2000, "diễn giải"),
  ownerMemberId: owner,
  link,
});
export type ProgrammeItemValues = z.input<typeof programmeItemSchema>;

export const updateProgrammeItemSchema = z.object({
  id,
  title,
  content: optionalText(2000, "diễn giải"),
  ownerMemberId: owner,
  link,
});
export type UpdateProgrammeItemValues = z.input<typeof updateProgrammeItemSchema>;

export const programmeStateSchema = z
  .object({
    id,
    state: z.enum(["PLANNED", "DONE", "MOVED", "DROPPED"], { error: "Vui lòng chọn trạng thái." }),
    reason: optionalText(1000, "lý do"),
    /** For a move: the month or quarter it moves to. */
    period: z.string().trim().max(4),
  })
  .refine((v) => !(v.state === "MOVED" || v.state === "DROPPED") || v.reason.length >= 5, {
    path: ["reason"],
    message: "Vui lòng ghi lý do (ít nhất 5 ký tự).",
  })
  .refine((v) => v.state !== "MOVED" || isPeriodCode(v.period), {
    path: ["period"],
    message: "Vui lòng chọn tháng hoặc quý chuyển đến.",
  });
export type ProgrammeStateValues = z.input<typeof programmeStateSchema>;

export const copyProgrammeSchema = z.object({ year });
