"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { saveYearMovementAction } from "@/lib/emulation/actions";

type Row = { movementId: string; name: string; launchedOn: string; goal: string };

/** The year's launch date and goal of each movement, saved one at a time. */
export function MovementGoals({ yearId, rows }: { yearId: string; rows: Row[] }) {
  return (
    <div className="flex flex-col gap-3">
      {rows.map((r) => (
        <MovementRow key={r.movementId} yearId={yearId} row={r} />
      ))}
    </div>
  );
}

function MovementRow({ yearId, row }: { yearId: string; row: Row }) {
  const router = useRouter();
  const toast = useToast();
  const [v, setV] = useState(row);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${row.movementId}-${f}`;
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await saveYearMovementAction({
      yearId,
      movementId: row.movementId,
      launchedOn: v.launchedOn,
      goal: v.goal,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      return toast("error", result.error);
    }
    setErrors({});
    toast("success", `Đã lưu phong trào "${row.name}".`);
    router.refresh();
  };
  return (
    <form
      onSubmit={save}
      noValidate
      className="grid grid-cols-1 gap-3 rounded-lg border border-surface-line p-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end"
    >
      <p className="font-medium sm:col-span-3">{row.name}</p>
      <Field label="Ngày phát động" htmlFor={id("launchedOn")} error={errors.launchedOn}>
        <DateInput
          id={id("launchedOn")}
          value={v.launchedOn}
          onChange={(e) => setV({ ...v, launchedOn: e.target.value })}
        />
      </Field>
      <Field label="Mục tiêu" htmlFor={id("goal")} error={errors.goal}>
        <input
          id={id("goal")}
          className={inputClass(!!errors.goal)}
          value={v.goal}
          onChange={(e) => setV({ ...v, goal: e.target.value })}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={busy}>
        {busy ? "Đang lưu…" : "Lưu"}
      </Button>
    </form>
  );
}
