"use client";
// "Chấp nhận đề xuất của tổ": after a confirmation, the tổ's submitted proposals become the final
// levels of its undecided members (one tổ, or every tổ).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { acceptGroupProposalsAction } from "@/lib/rating/decision/actions";

export function AcceptButton({
  ratingYearId,
  groupId,
  scopeLabel,
  count,
}: {
  ratingYearId: string;
  groupId: string;
  scopeLabel: string;
  count: number;
}) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const result = await acceptGroupProposalsAction({ ratingYearId, groupId });
    setBusy(false);
    setOpen(false);
    if (!result.ok) return toast("error", result.error);
    toast("success", `Đã chấp nhận đề xuất của tổ cho ${result.data.count} đoàn viên.`);
    router.refresh();
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={count === 0}>
        Chấp nhận đề xuất của tổ
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Chấp nhận đề xuất của tổ">
        <p className="text-sm text-ink">
          Mức tổ đề xuất (tổ đã gửi) sẽ thành mức cuối cùng của những đoàn viên chưa được quyết định (
          {scopeLabel}: {count} đề xuất đang chờ). Nếu vượt tỉ lệ, sẽ không lưu gì và cần quyết định riêng
          từng người.
        </p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Hủy
          </Button>
          <Button onClick={run} disabled={busy}>
            {busy ? "Đang lưu…" : "Chấp nhận"}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
