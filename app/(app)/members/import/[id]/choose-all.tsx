"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { chooseAllAmbiguousAction } from "@/lib/members/import/actions";

/** One choice for every ambiguous row not chosen yet. */
export function ChooseAll({ importId }: { importId: string }) {
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = async (choice: "new" | "skip") => {
    setBusy(true);
    const r = await chooseAllAmbiguousAction({ importId, choice });
    setBusy(false);
    if (!r.ok) return toast("error", r.error);
    toast("success", `Đã chọn cho ${r.data.count} dòng.`);
    router.refresh();
  };
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="secondary" disabled={busy} onClick={() => run("skip")}>
        Bỏ qua mọi dòng chưa chọn
      </Button>
      <Button variant="secondary" disabled={busy} onClick={() => run("new")}>
        Nhập mọi dòng chưa chọn thành đoàn viên mới
      </Button>
    </div>
  );
}
