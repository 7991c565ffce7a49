// Forms and actions of the card requests. Client-safe.
import * as clock from "@/lib/clock";
import { toDateInput } from "@/lib/format";
import { dateField, optionalText, z } from "@/lib/validation";

const today = () => toDateInput(clock.today());
const id = z.string().trim().min(1, "Thiếu mã hồ sơ.").max(40, "Mã hồ sơ không hợp lệ.");

export const requestCardSchema = z.object({
  memberId: id,
  kind: z.enum(["NEW", "REPLACE", "LOST"], { error: "Vui lòng chọn loại đề nghị." }),
  requestedOn: dateField("ngày đề nghị").refine((v) => v <= today(), "Ngày đề nghị không thể ở tương lai."),
  reason: optionalText(300, "ghi chú"),
});
export type RequestCardValues = z.input<typeof requestCardSchema>;

export const advanceCardSchema = z.object({
  id,
  to: z.enum(["SENT", "RECEIVED", "CANCELLED"], { error: "Trạng thái không hợp lệ." }),
  on: dateField("ngày").refine((v) => v <= today(), "Ngày không thể ở tương lai."),
  cardNumber: z
    .string()
    .trim()
    .refine(
      (v) => v === "" || /^[A-Za-z0-9-]{4,20}$/.test(v),
      "Số thẻ gồm 4–20 chữ số hoặc chữ cái, không dấu cách.",
    )
    .optional()
    .default(""),
});
export type AdvanceCardValues = z.input<typeof advanceCardSchema>;
