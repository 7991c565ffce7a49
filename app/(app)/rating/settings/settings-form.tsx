"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { QUOTA_MODE_LABELS } from "@/lib/rating/labels";
import { ratingSettingsSchema, type RatingSettingsValues } from "@/lib/rating/schema";
import { saveRatingSettingsAction } from "@/lib/rating/settings/actions";

// The exclusions bar titles and awards, never the rating (every member gets a level).
const CHECKS = [
  ["excludeLongLeave", "Không xét danh hiệu, khen thưởng cho đoàn viên nghỉ dài ngày (trừ nghỉ thai sản)"],
  ["excludeDisciplined", "Không xét danh hiệu, khen thưởng cho đoàn viên bị kỷ luật trong năm"],
  ["excludeSanctioned", "Không xét danh hiệu, khen thưởng cho đoàn viên bị xử phạt hành chính trong năm"],
  ["requireRegistration", "Chỉ xét danh hiệu, khen thưởng cho đoàn viên có đăng ký thi đua được duyệt"],
  [
    "publishList",
    "Khi công bố, đoàn viên xem được danh sách kết quả của cả đơn vị (nếu không, chỉ xem mức của mình)",
  ],
] as const;

export function SettingsForm({ levels, values }: { levels: string[]; values: RatingSettingsValues }) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const form = useForm<RatingSettingsValues>({
    resolver: zodResolver(ratingSettingsSchema),
    defaultValues: values,
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const result = await saveRatingSettingsAction(v);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được cài đặt.");
    toast(
      "success",
      `Đã lưu cài đặt; ${result.data.exclusionsChanged} đoàn viên thay đổi tình trạng xét danh hiệu, khen thưởng.`,
    );
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <Field
        label="Áp dụng tỉ lệ"
        htmlFor="quotaMode"
        error={errors.quotaMode?.message}
        required
        className="sm:col-span-2"
      >
        <select id="quotaMode" className={inputClass(!!errors.quotaMode)} {...form.register("quotaMode")}>
          {Object.entries(QUOTA_MODE_LABELS).map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={`Tỉ lệ tối đa của “${levels[0] ?? ""}” (%)`}
        htmlFor="quotaPercent"
        error={errors.quotaPercent?.message}
        required
      >
        <input
          id="quotaPercent"
          inputMode="numeric"
          className={inputClass(!!errors.quotaPercent)}
          {...form.register("quotaPercent")}
        />
      </Field>
      <Field
        label="Tính trên số đoàn viên xếp loại"
        htmlFor="quotaBasisPosition"
        error={errors.quotaBasisPosition?.message}
        required
      >
        <select
          id="quotaBasisPosition"
          className={inputClass(!!errors.quotaBasisPosition)}
          {...form.register("quotaBasisPosition")}
        >
          {levels.map((name, rank) => (
            <option key={name} value={rank}>
              {rank === 0 ? name : `${name} trở lên`}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Không xét danh hiệu, khen thưởng nếu sinh hoạt tại đơn vị dưới (tháng)"
        htmlFor="minMonthsInUnit"
        error={errors.minMonthsInUnit?.message}
        hint="0 = không áp dụng"
        className="sm:col-span-2"
      >
        <input
          id="minMonthsInUnit"
          inputMode="numeric"
          className={inputClass(!!errors.minMonthsInUnit)}
          {...form.register("minMonthsInUnit")}
        />
      </Field>
      <Field
        label="Đoàn viên bị kỷ luật trong năm được xếp loại"
        htmlFor="disciplineCapPosition"
        error={errors.disciplineCapPosition?.message}
        hint="Áp dụng khi chọn “Không xét danh hiệu, khen thưởng cho đoàn viên bị kỷ luật” bên dưới."
        className="sm:col-span-2"
      >
        <select
          id="disciplineCapPosition"
          className={inputClass(!!errors.disciplineCapPosition)}
          {...form.register("disciplineCapPosition")}
        >
          {levels.map((name, rank) => (
            <option key={name} value={rank}>
              {`không cao hơn “${name}”`}
            </option>
          ))}
          <option value="">không giới hạn mức</option>
        </select>
      </Field>
      <fieldset className="flex flex-col gap-2 sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-ink">Loại trừ và công bố</legend>
        {CHECKS.map(([name, label]) => (
          <label key={name} className="flex min-h-10 items-start gap-2 text-sm text-ink">
            <input type="checkbox" className="mt-1 size-4" {...form.register(name)} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-1 sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-ink">Khen thưởng của Ban Chấp hành</legend>
        <label className="flex min-h-10 items-start gap-2 text-sm text-ink">
          <input
            type="checkbox"
            className="mt-1 size-4"
            aria-describedby="cdcsMayCommend-note"
            {...form.register("cdcsMayCommend")}
          />
          <span>Ban Chấp hành CĐCS được tặng Giấy khen của mình</span>
        </label>
        <p id="cdcsMayCommend-note" className="ml-6 text-xs text-ink-muted">
          Tùy quy định hiện hành của Công đoàn về khen thưởng: chỉ bật khi công đoàn cấp trên xác nhận CĐCS
          được tặng Giấy khen. Khi tắt, Giấy khen đều do cấp trên tặng theo hồ sơ đề nghị.
        </p>
      </fieldset>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={!hydrated || isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu cài đặt"}
        </Button>
      </div>
    </form>
  );
}
