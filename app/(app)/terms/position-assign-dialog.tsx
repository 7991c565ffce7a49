"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { GroupOptions } from "@/components/forms/group-options";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { POSITION_LABELS } from "@/lib/roles";
import { assignPositionAction } from "@/lib/terms/actions";
import { assignPositionSchema, type AssignPositionValues } from "@/lib/terms/schema";
import { BCH_ROLES, GROUP_ROLES, isGroupRole, UBKT_ROLES } from "@/lib/terms/service";
import { MemberPicker, type PickerMember } from "./member-picker";

type Office = AssignPositionValues["office"];
type Props = {
  termId: string;
  defaultStartOn: string;
  defaultOffice?: Office;
  label?: string;
  members: PickerMember[];
  groups: { id: string; name: string }[];
};

const ROLE_GROUPS = [
  ["Ban Chấp hành", BCH_ROLES],
  ["Ủy ban Kiểm tra", UBKT_ROLES],
  ["Tổ công đoàn", GROUP_ROLES],
] as const;

/** Giao chức vụ in a term: office, tổ when needed, member, start date and decision. */
export function PositionAssignDialog({
  termId,
  defaultStartOn,
  defaultOffice,
  label = "+ Giao chức vụ",
  members,
  groups,
}: Props) {
  const [open, setOpen] = useState(false);
  // Several of these dialogs sit on one page: ids must differ per instance.
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const router = useRouter();
  const toast = useToast();
  const empty = {
    termId,
    memberId: "",
    office: (defaultOffice ?? "") as Office,
    groupId: "",
    startOn: defaultStartOn,
    decisionRef: "",
  };
  const form = useForm<AssignPositionValues>({
    resolver: zodResolver(assignPositionSchema),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const [office, groupId, memberId] = form.watch(["office", "groupId", "memberId"]);
  const needsGroup = !!office && isGroupRole(office);
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? "";
  const candidates = needsGroup ? members.filter((m) => m.groupId === groupId) : members;

  const close = () => (setOpen(false), form.reset(empty));
  // A tổ officer must belong to the tổ: changing office or tổ drops a member who no longer fits.
  const dropUnfit = () => {
    const r = form.getValues("office");
    const m = members.find((x) => x.id === form.getValues("memberId"));
    if (m && r && isGroupRole(r) && m.groupId !== form.getValues("groupId")) form.setValue("memberId", "");
  };

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await assignPositionAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    const who = members.find((m) => m.id === values.memberId)?.fullName;
    toast("success", `Đã giao chức vụ ${POSITION_LABELS[values.office]} cho ${who}.`);
    close();
    router.refresh();
  });

  return (
    <>
      <Button variant={defaultOffice ? "secondary" : "primary"} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={close} title="Giao chức vụ">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Chức vụ" htmlFor={id("office")} error={errors.office?.message} required>
            <select
              id={id("office")}
              className={inputClass(!!errors.office)}
              {...form.register("office", { onChange: dropUnfit })}
            >
              <option value="">— Chọn chức vụ —</option>
              {ROLE_GROUPS.map(([name, roles]) => (
                <optgroup key={name} label={name}>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {POSITION_LABELS[r]}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          {needsGroup && (
            <Field label="Tổ" htmlFor={id("groupId")} error={errors.groupId?.message} required>
              <select
                id={id("groupId")}
                className={inputClass(!!errors.groupId)}
                {...form.register("groupId", { onChange: dropUnfit })}
              >
                <GroupOptions groups={groups} />
              </select>
            </Field>
          )}
          <Field
            label="Đoàn viên"
            htmlFor={id("memberSearch")}
            error={errors.memberId?.message}
            hint={needsGroup ? "Chỉ hiện đoàn viên của tổ đã chọn." : undefined}
            required
          >
            {needsGroup && !groupId ? (
              <p className="text-sm text-ink-muted">Chọn tổ trước để tìm đoàn viên của tổ.</p>
            ) : (
              <MemberPicker
                id={id("memberSearch")}
                members={candidates}
                groupName={groupName}
                value={memberId}
                onChange={(id) =>
                  form.setValue("memberId", id, { shouldValidate: form.formState.isSubmitted })
                }
                invalid={!!errors.memberId}
              />
            )}
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Ngày bắt đầu" htmlFor={id("startOn")} error={errors.startOn?.message} required>
              <DateInput id={id("startOn")} invalid={!!errors.startOn} {...form.register("startOn")} />
            </Field>
            <Field
              label="Số quyết định / nghị quyết"
              htmlFor={id("decisionRef")}
              error={errors.decisionRef?.message}
            >
              <input
                id={id("decisionRef")}
                autoComplete="off"
                placeholder="Ví dụ: 12/QĐ-CĐCS"
                className={inputClass(!!errors.decisionRef)}
                {...form.register("decisionRef")}
              />
            </Field>
          </div>
          <DialogActions onCancel={close} submitting={isSubmitting} label="Giao chức vụ" />
        </form>
      </Dialog>
    </>
  );
}
