"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { type UseFormRegisterReturn, useFieldArray, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { createMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import {
  defaultInvite,
  INVITE_LABELS,
  inviteChoices,
  type InviteSource,
  isGroupMeeting,
} from "@/lib/meetings/invite-defaults";
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingTypeCode } from "@/lib/meetings/labels";
import { createMeetingSchema, type CreateMeetingValues } from "@/lib/meetings/schema";
import { MAIN_TOPIC_WARNING, tooManyMainTopics } from "@/lib/meetings/service";

type Option = { id: string; label: string };

/** The words that follow the type: a sinh hoạt tổ ("true") or any other meeting ("false"). */
const TYPE_WORDS: Record<string, { groupHint: string; titleExample: string }> = {
  true: {
    groupHint: "Sinh hoạt tổ: chọn tổ; người được mời là đoàn viên của tổ.",
    titleExample: "Ví dụ: Sinh hoạt tổ tháng 12",
  },
  false: {
    groupHint: "Để trống với cuộc họp toàn đơn vị.",
    titleExample: "Ví dụ: Họp BCH thường kỳ tháng 12",
  },
};
type Props = {
  groups: Option[];
  members: Option[];
  preparatory: Option[];
  initial: CreateMeetingValues;
  /** Editing an existing meeting: its id and version. */
  existing?: { id: string; version: number };
  /** A tổ trưởng must pick one of their tổ. */
  groupRequired: boolean;
};

export function MeetingForm({ groups, members, preparatory, initial, existing, groupRequired }: Props) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<CreateMeetingValues>({
    resolver: zodResolver(createMeetingSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const agenda = useFieldArray({ control: form.control, name: "agenda" });
  const items = form.watch("agenda");
  const warn = tooManyMainTopics(items ?? []);
  const type = form.watch("type") as MeetingTypeCode;
  const groupId = form.watch("groupId");
  // The form stays consistent with the type: a sinh hoạt tổ invites its tổ, a BCH meeting the BCH,
  // a hội nghị everyone; the invitation follows each change of type (the user may still change it).
  const typeField = form.register("type", {
    onChange: (e: { target: { value: string } }) => {
      const next = e.target.value as MeetingTypeCode;
      form.setValue("invite", defaultInvite(next, groupRequired));
      if (!isGroupMeeting(next) && !groupRequired) form.clearErrors("groupId");
    },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const { invite: _invite, ...rest } = values;
    const result = existing
      ? await updateMeetingAction({ id: existing.id, version: existing.version, values: rest })
      : await createMeetingAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", existing ? "Đã lưu thông tin cuộc họp." : "Đã lập cuộc họp.");
    router.push(`/meetings/${result.data.id}`);
    router.refresh();
  });

  const select = (
    name: "groupId" | "chairMemberId" | "secretaryMemberId" | "preparatoryMeetingId",
    options: Option[],
    empty?: string,
  ) => (
    <select id={name} className={inputClass(!!errors[name])} {...form.register(name)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Loại cuộc họp" htmlFor="type" error={errors.type?.message} required>
          <select id="type" className={inputClass(!!errors.type)} {...typeField}>
            {MEETING_TYPES.map((t) => (
              <option key={t} value={t}>
                {MEETING_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Tổ công đoàn"
          htmlFor="groupId"
          error={errors.groupId?.message}
          hint={TYPE_WORDS[String(isGroupMeeting(type))].groupHint}
          required={groupRequired || isGroupMeeting(type)}
        >
          {select("groupId", groups, groupRequired ? "— Chọn tổ —" : "Toàn đơn vị")}
        </Field>
        <Field
          label="Tên cuộc họp"
          htmlFor="title"
          error={errors.title?.message}
          className="sm:col-span-2"
          required
        >
          <input
            id="title"
            className={inputClass(!!errors.title)}
            placeholder={TYPE_WORDS[String(isGroupMeeting(type))].titleExample}
            {...form.register("title")}
          />
        </Field>
        <Field label="Ngày họp" htmlFor="date" error={errors.date?.message} required>
          <DateInput id="date" invalid={!!errors.date} {...form.register("date")} />
        </Field>
        <Field label="Giờ bắt đầu" htmlFor="startTime" error={errors.startTime?.message} required>
          <input
            id="startTime"
            inputMode="numeric"
            placeholder="14:00"
            className={inputClass(!!errors.startTime)}
            {...form.register("startTime")}
          />
        </Field>
        <Field
          label="Địa điểm"
          htmlFor="place"
          error={errors.place?.message}
          className="sm:col-span-2"
          required
        >
          <input
            id="place"
            className={inputClass(!!errors.place)}
            placeholder="Ví dụ: Phòng họp Hội đồng"
            {...form.register("place")}
          />
        </Field>
        <Field label="Chủ trì" htmlFor="chairMemberId" error={errors.chairMemberId?.message}>
          {select("chairMemberId", members, "— Chưa chọn —")}
        </Field>
        <Field label="Thư ký" htmlFor="secretaryMemberId" error={errors.secretaryMemberId?.message}>
          {select("secretaryMemberId", members, "— Chưa chọn —")}
        </Field>
        <Field
          label="Cuộc họp BCH chuẩn bị"
          htmlFor="preparatoryMeetingId"
          error={errors.preparatoryMeetingId?.message}
          hint="BCH họp trước để thống nhất nội dung và người chủ trì."
          className="sm:col-span-2"
        >
          {select("preparatoryMeetingId", preparatory, "— Không có —")}
        </Field>
      </div>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium text-ink">Chương trình họp</legend>
        <p className="text-xs text-ink-muted">
          Mỗi cuộc họp nên tập trung vào một hoặc hai nội dung chính; các việc khác là nội dung thường kỳ.
        </p>
        {agenda.fields.map((f, i) => (
          <div key={f.id} className="flex flex-wrap items-start gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor={`agenda.${i}.title`} className="sr-only">
                Nội dung {i + 1}
              </label>
              <input
                id={`agenda.${i}.title`}
                className={inputClass(!!errors.agenda?.[i]?.title)}
                placeholder={`Nội dung ${i + 1}`}
                {...form.register(`agenda.${i}.title`)}
              />
              {errors.agenda?.[i]?.title && (
                <p role="alert" className="text-sm text-brand-700" data-field-error={`agenda.${i}.title`}>
                  {errors.agenda[i]?.title?.message}
                </p>
              )}
            </div>
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" className="size-5" {...form.register(`agenda.${i}.isMain`)} /> Nội dung
              chính
            </label>
            <Button
              variant="ghost"
              className="px-2 text-brand-700"
              onClick={() => agenda.remove(i)}
              aria-label={`Bỏ nội dung ${i + 1}`}
            >
              Bỏ
            </Button>
          </div>
        ))}
        {warn && (
          <p
            role="note"
            className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800"
            data-testid="main-topic-warning"
          >
            ⚠ {MAIN_TOPIC_WARNING}
          </p>
        )}
        <div>
          <Button
            variant="secondary"
            onClick={() => agenda.append({ title: "", isMain: agenda.fields.length === 0 })}
          >
            + Thêm nội dung
          </Button>
        </div>
      </fieldset>

      {!existing && (
        <InviteField
          choices={inviteChoices(type, groupRequired)}
          groupName={groups.find((g) => g.id === groupId)?.label}
          error={errors.invite?.message}
          field={form.register("invite")}
        />
      )}

      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={() => router.back()}>
          Hủy
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : existing ? "Lưu thay đổi" : "Lập cuộc họp"}
        </Button>
      </div>
    </form>
  );
}

/** "Mời dự": the invitations the type allows, the tổ named once it is chosen. */
function InviteField({
  choices,
  groupName,
  error,
  field,
}: {
  choices: InviteSource[];
  groupName: string | undefined;
  error: string | undefined;
  field: UseFormRegisterReturn<"invite">;
}) {
  return (
    <Field
      label="Mời dự"
      htmlFor="invite"
      hint="Sau khi lập, bạn vẫn thêm hoặc bỏ từng người được."
      error={error}
    >
      <select id="invite" className={inputClass(!!error)} {...field}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c === "group" && groupName ? `Đoàn viên của ${groupName}` : INVITE_LABELS[c]}
          </option>
        ))}
      </select>
    </Field>
  );
}
