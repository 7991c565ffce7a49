"use client";
import type { UseFormReturn } from "react-hook-form";
import { GroupOptions } from "@/components/forms/group-options";
import { MoneyField } from "@/components/forms/money-field";
import { Card } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import type { MemberFormValues } from "@/lib/members/schema";

type Props = {
  form: UseFormReturn<MemberFormValues>;
  groups: { id: string; name: string }[];
  groupLocked: boolean;
};
type Name = keyof MemberFormValues;

export function MemberFormFields({ form, groups, groupLocked }: Props) {
  const { register, formState, watch } = form;
  const err = (n: Name) => formState.errors[n]?.message as string | undefined;
  const text = (
    n: Name,
    label: string,
    opts: {
      required?: boolean;
      type?: string;
      hint?: string;
      autoComplete?: string;
      inputMode?: "numeric" | "tel" | "email";
    } = {},
  ) => (
    <Field label={label} htmlFor={n} error={err(n)} required={opts.required} hint={opts.hint}>
      <input
        id={n}
        type={opts.type === "date" ? "text" : (opts.type ?? "text")}
        inputMode={opts.type === "date" ? "numeric" : opts.inputMode}
        placeholder={opts.type === "date" ? "dd/mm/yyyy" : undefined}
        maxLength={opts.type === "date" ? 10 : undefined}
        autoComplete={opts.autoComplete ?? "off"}
        aria-invalid={Boolean(err(n))}
        aria-describedby={err(n) ? `${n}-error` : undefined}
        className={inputClass(Boolean(err(n)))}
        {...register(n)}
      />
    </Field>
  );

  return (
    <>
      <Card title="Thông tin cá nhân">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {text("fullName", "Họ và tên", { required: true })}
          <Field label="Giới tính" htmlFor="gender" error={err("gender")} required>
            <select
              id="gender"
              aria-invalid={Boolean(err("gender"))}
              className={inputClass(Boolean(err("gender")))}
              {...register("gender")}
            >
              <option value="">— Chọn —</option>
              <option value="MALE">Nam</option>
              <option value="FEMALE">Nữ</option>
            </select>
          </Field>
          {text("dateOfBirth", "Ngày sinh", { type: "date" })}
          {text("idNumber", "Số CCCD", { inputMode: "numeric", hint: "12 chữ số; có thể bỏ trống." })}
          {text("hometown", "Quê quán")}
          {text("ethnicity", "Dân tộc")}
          {text("phone", "Điện thoại", { type: "tel", inputMode: "tel" })}
          {text("email", "Email", { type: "email", inputMode: "email" })}
        </div>
      </Card>
      <Card title="Công việc">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {text("jobTitle", "Chức vụ / nghề nghiệp")}
          {text("department", "Đơn vị / phòng ban")}
          {text("qualification", "Trình độ chuyên môn")}
          {text("contractType", "Loại hợp đồng")}
          <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium">
            <input type="checkbox" className="h-5 w-5 accent-brand-600" {...register("isPartyMember")} />
            Đảng viên
          </label>
          {watch("isPartyMember") && text("partyJoinedOn", "Ngày vào Đảng", { type: "date", required: true })}
        </div>
      </Card>
      <Card title="Công đoàn">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {text("cardNumber", "Số thẻ đoàn viên", { hint: "Để trống nếu chưa được cấp thẻ." })}
          {text("joinedUnionOn", "Ngày vào công đoàn", { type: "date", required: true })}
          <Field
            label="Tổ công đoàn"
            htmlFor="groupId"
            error={err("groupId")}
            required
            hint={groupLocked ? "Đổi tổ bằng thao tác “Chuyển tổ” trên trang đoàn viên." : undefined}
          >
            {groupLocked ? (
              <>
                <input type="hidden" {...register("groupId")} />
                <input
                  id="groupId"
                  readOnly
                  value={groups.find((g) => g.id === watch("groupId"))?.name ?? ""}
                  className={inputClass() + " bg-surface-sunken"}
                />
              </>
            ) : (
              <select
                id="groupId"
                aria-invalid={Boolean(err("groupId"))}
                className={inputClass(Boolean(err("groupId")))}
                {...register("groupId")}
              >
                <GroupOptions groups={groups} />
              </select>
            )}
          </Field>
          <MoneyField
            control={form.control}
            name="insuranceSalary"
            label="Lương đóng BHXH (đồng)"
            hint="Dùng để tính đoàn phí."
          />
          {groupLocked &&
            text("salaryFrom", "Lương mới áp dụng từ ngày", {
              type: "date",
              hint: "Chỉ dùng khi đổi lương: các tháng trước giữ lương cũ.",
            })}
          <Field label="Ghi chú" htmlFor="note" error={err("note")} className="sm:col-span-2">
            <textarea id="note" rows={2} className={inputClass(Boolean(err("note")))} {...register("note")} />
          </Field>
        </div>
      </Card>
    </>
  );
}
