"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { saveGroupRegistrationAction, saveOwnRegistrationAction } from "@/lib/emulation/actions";
import type { RegistrationValues } from "@/lib/emulation/schema";

const schemaModule = () => import("@/lib/emulation/schema");
const memberResolver = lazyZodResolver<RegistrationValues>(() =>
  schemaModule().then((m) => m.memberRegistrationSchema),
);
const groupResolver = lazyZodResolver<RegistrationValues>(() =>
  schemaModule().then((m) => m.groupRegistrationSchema),
);
import { CheckList, type CheckOption } from "./check-list";
import { CommitmentsFields } from "./commitments-fields";

type Props = {
  initial: RegistrationValues;
  titles: CheckOption[];
  movements: CheckOption[];
  /** A tổ's collective registration when set; the member's own otherwise. */
  groupId?: string;
  canSubmit: boolean;
};

export function RegistrationForm({ initial, titles, movements, groupId, canSubmit }: Props) {
  const router = useRouter();
  const toast = useToast();
  const resolver = groupId ? groupResolver : memberResolver;
  const form = useForm<RegistrationValues>({ resolver, defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const save = (intent: "draft" | "submit") =>
    form.handleSubmit(async (values) => {
      const payload = { ...values, intent };
      const result = groupId
        ? await saveGroupRegistrationAction({ ...payload, groupId })
        : await saveOwnRegistrationAction(payload);
      if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
      toast(
        "success",
        intent === "submit" ? "Đã gửi bản đăng ký. Tổ trưởng sẽ chuyển lên Ban Chấp hành." : "Đã lưu nháp.",
      );
      router.refresh();
    });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save("submit")();
      }}
      onFocus={resolver.preload}
      noValidate
      className="flex flex-col gap-5"
    >
      <CheckList
        control={form.control}
        name="titleIds"
        options={titles}
        legend={groupId ? "Danh hiệu tập thể đăng ký" : "Danh hiệu đăng ký"}
        error={errors.titleIds?.message}
      />
      <CheckList
        control={form.control}
        name="movementIds"
        options={movements}
        legend="Phong trào thi đua tham gia"
        error={errors.movementIds?.message}
      />
      <CommitmentsFields control={form.control} register={form.register} errors={errors} />
      <div className="sticky bottom-0 -mx-4 flex flex-wrap gap-2 border-t border-surface-line bg-white px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:p-0">
        <Button variant="secondary" disabled={isSubmitting} onClick={() => void save("draft")()}>
          {isSubmitting ? "Đang lưu…" : "Lưu nháp"}
        </Button>
        <Button type="submit" disabled={isSubmitting || !canSubmit}>
          {isSubmitting ? "Đang gửi…" : "Gửi đăng ký"}
        </Button>
      </div>
    </form>
  );
}
