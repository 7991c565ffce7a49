"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { advanceWelfareNominationAction } from "@/lib/welfare/actions";
import { NOMINATION_STATE_LABELS, type NominationState } from "@/lib/welfare/labels";

/** The next step of a nomination, with the reference of the document that decided it. */
export function NominationMove({ id, next }: { id: string; next: NominationState[] }) {
  const router = useRouter();
  const toast = useToast();
  const [ref, setRef] = useState("");
  const [busy, setBusy] = useState(false);
  async function move(to: NominationState) {
    if (!window.confirm(`Chuyển sang "${NOMINATION_STATE_LABELS[to]}"?`)) return;
    setBusy(true);
    const result = await advanceWelfareNominationAction({ id, to, decisionRef: ref, note: "" });
    setBusy(false);
    toast(result.ok ? "success" : "error", result.ok ? "Đã cập nhật." : result.error);
    router.refresh();
  }
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <label className="min-w-48 flex-1">
        <span className="sr-only">Số văn bản</span>
        <input
          value={ref}
          onChange={(e) => setRef(e.target.value)}
          placeholder="Số văn bản (nếu có)"
          className={inputClass()}
        />
      </label>
      {next.map((to) => (
        <Button
          key={to}
          variant={to === "REJECTED" ? "danger" : "secondary"}
          disabled={busy}
          onClick={() => move(to)}
        >
          {NOMINATION_STATE_LABELS[to]}
        </Button>
      ))}
    </div>
  );
}
