"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { archiveGroupAction, restoreGroupAction } from "@/lib/groups/actions";

/** Archives an empty tổ, or restores an archived one, after a confirmation. */
export function GroupArchiveButton({
  group,
  restore = false,
}: {
  group: { id: string; name: string; memberCount: number };
  restore?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const blocked = !restore && group.memberCount > 0;

  const confirm = async () => {
    setBusy(true);
    const result = restore
      ? await restoreGroupAction({ id: group.id })
      : await archiveGroupAction({ id: group.id });
    setBusy(false);
    if (!result.ok) return toast("error", result.error);
    toast("success", restore ? `Đã khôi phục “${group.name}”.` : `Đã lưu trữ “${group.name}”.`);
    setOpen(false);
    router.refresh();
  };

  return (
    <>
      <Button
        variant="ghost"
        className="px-2 text-ink-muted"
        onClick={() => setOpen(true)}
        aria-label={`${restore ? "Khôi phục" : "Lưu trữ"} ${group.name}`}
      >
        {restore ? "Khôi phục" : "Lưu trữ"}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`${restore ? "Khôi phục" : "Lưu trữ"} ${group.name}`}
      >
        <div className="flex flex-col gap-4 text-sm text-ink">
          {blocked ? (
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">
              Tổ còn {group.memberCount} đoàn viên đang sinh hoạt. Hãy mở tổ và chuyển họ sang tổ khác trước
              khi lưu trữ.
            </p>
          ) : restore ? (
            <p>Tổ sẽ xuất hiện lại trong danh sách và có thể nhận đoàn viên.</p>
          ) : (
            <p>
              Tổ sẽ không còn trong danh sách chọn tổ. Lịch sử sinh hoạt của tổ vẫn được giữ nguyên; chức vụ
              tổ trưởng, tổ phó (nếu còn) kết thúc từ hôm nay. Bạn có thể khôi phục tổ sau.
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {blocked ? "Đóng" : "Hủy"}
            </Button>
            {!blocked && (
              <Button variant={restore ? "primary" : "danger"} onClick={confirm} disabled={busy}>
                {busy ? "Đang lưu…" : restore ? "Khôi phục tổ" : "Lưu trữ tổ"}
              </Button>
            )}
          </div>
        </div>
      </Dialog>
    </>
  );
}
