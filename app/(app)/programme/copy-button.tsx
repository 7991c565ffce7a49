"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { copyProgrammeFromLastYearAction } from "@/lib/programme/actions";

/** "Sao chép từ năm trước": last year's items start this year's programme, as planned. */
export function CopyButton({ year, lastYearLabel }: { year: number; lastYearLabel: string }) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  async function run() {
    if (
      !window.confirm(
        `Sao chép các nội dung của chương trình ${lastYearLabel} (trừ nội dung đã bỏ) vào năm này?`,
      )
    )
      return;
    setBusy(true);
    const r = await copyProgrammeFromLastYearAction({ year });
    setBusy(false);
    if (!r.ok) return toast("error", r.error);
    toast("success", `Đã sao chép ${r.data.count} nội dung từ ${lastYearLabel}.`);
    router.refresh();
  }
  return (
    <Button variant="secondary" disabled={busy || !hydrated} onClick={run}>
      Sao chép từ năm trước
    </Button>
  );
}
