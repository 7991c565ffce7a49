"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { achieveFilteredTitlesAction } from "@/lib/rating/titles/actions";

/** "Đạt" for every title of the current filter that has no result yet, after a confirmation. */
export function AchieveAllButton({
  ratingYearId,
  filter,
  open,
}: {
  ratingYearId: string;
  filter: { titleId: string; groupId: string; q: string };
  open: number;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const confirm = async () => {
    setBusy(true);
    const res = await achieveFilteredTitlesAction({ ratingYearId, ...filter });
    setBusy(false);
    if (!res.ok) return toast("error", res.error);
    toast("success", `Đã ghi “Đạt” cho ${res.data.count.toLocaleString("vi-VN")} danh hiệu.`);
    setAsking(false);
    router.refresh();
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        Ghi “Đạt” cho {open.toLocaleString("vi-VN")} danh hiệu chưa bình xét
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} title="Ghi “Đạt” hàng loạt">
        <p className="mb-4 text-sm text-ink">
          Mọi danh hiệu <b>chưa bình xét</b> trong bộ lọc hiện tại ({open.toLocaleString("vi-VN")}) sẽ được
          ghi <b>Đạt</b>. Các danh hiệu đã có kết quả giữ nguyên. Bạn vẫn sửa được từng dòng sau đó.
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setAsking(false)}>
            Hủy
          </Button>
          <Button onClick={confirm} disabled={busy}>
            {busy ? "Đang ghi…" : "Ghi Đạt"}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
