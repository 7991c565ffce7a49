"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { achieveFilteredTitlesAction } from "@/lib/rating/titles/actions";

type Skipped = { subjectName: string; titleName: string; reason: string };

/**
 * "Đạt" for every eligible title of the current filter that has no result yet, after a
 * confirmation; then the list of those skipped and why (level, exclusions, women only, tổ not rated).
 */
export function AchieveAllButton({
  ratingYearId,
  filter,
  open,
  eligible,
}: {
  ratingYearId: string;
  filter: { titleId: string; groupId: string; q: string };
  open: number;
  eligible: number;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [skipped, setSkipped] = useState<Skipped[] | null>(null);
  const router = useRouter();
  const toast = useToast();
  const confirm = async () => {
    setBusy(true);
    const res = await achieveFilteredTitlesAction({ ratingYearId, ...filter });
    setBusy(false);
    if (!res.ok) return toast("error", res.error);
    toast("success", `Đã ghi “Đạt” cho ${res.data.count.toLocaleString("vi-VN")} danh hiệu.`);
    setAsking(false);
    if (res.data.skipped.length) setSkipped(res.data.skipped);
    router.refresh();
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setAsking(true)} disabled={!eligible}>
        Ghi “Đạt” cho {eligible.toLocaleString("vi-VN")} danh hiệu đủ điều kiện
      </Button>
      <Dialog open={asking} onClose={() => setAsking(false)} title="Ghi “Đạt” hàng loạt">
        <p className="mb-4 text-sm text-ink">
          {eligible.toLocaleString("vi-VN")} danh hiệu <b>chưa bình xét và đủ điều kiện</b> trong bộ lọc hiện
          tại sẽ được ghi <b>Đạt</b>. Các danh hiệu đã có kết quả giữ nguyên. Bạn vẫn sửa được từng dòng sau
          đó.
        </p>
        {open > eligible ? (
          <p className="mb-4 text-sm text-ink">
            Bỏ qua {(open - eligible).toLocaleString("vi-VN")} danh hiệu chưa đủ điều kiện (mức xếp loại,
            không xét danh hiệu, chỉ dành cho nữ, tổ chưa xếp loại); danh sách và lý do hiện sau khi ghi.
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setAsking(false)}>
            Hủy
          </Button>
          <Button onClick={confirm} disabled={busy}>
            {busy ? "Đang ghi…" : "Ghi Đạt"}
          </Button>
        </div>
      </Dialog>
      <Dialog
        open={skipped !== null}
        onClose={() => setSkipped(null)}
        title={`Đã bỏ qua ${skipped?.length.toLocaleString("vi-VN") ?? 0} danh hiệu chưa đủ điều kiện`}
      >
        <ul className="mb-4 max-h-80 space-y-1 overflow-y-auto text-sm text-ink">
          {(skipped ?? []).slice(0, 200).map((x, i) => (
            <li key={i}>
              <b>{x.subjectName}</b> – {x.titleName}: {x.reason}
            </li>
          ))}
          {(skipped?.length ?? 0) > 200 ? (
            <li>… và {(skipped!.length - 200).toLocaleString("vi-VN")} danh hiệu khác.</li>
          ) : null}
        </ul>
        <div className="flex justify-end">
          <Button onClick={() => setSkipped(null)}>Đóng</Button>
        </div>
      </Dialog>
    </>
  );
}
