"use client";
// "Nhập các dòng hợp lệ": confirmation, then the server action writes in one transaction while
// this panel polls the job's progress.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { commitMemberImportAction } from "@/lib/members/import/actions";
import { ProgressBar } from "./progress-bar";
import { useImportStatus, type ImportStatus } from "./use-import-status";

type Props = {
  id: string;
  initial: ImportStatus;
  toCreate: number;
  toUpdate: number;
  errors: number;
  unresolved: number;
};

export function CommitPanel({ id, initial, toCreate, toUpdate, errors, unresolved }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [writing, setWriting] = useState(initial.status === "WRITING" && !initial.stale);
  const s = useImportStatus(id, initial, writing);
  const nothing = toCreate + toUpdate === 0;

  async function run() {
    setConfirming(false);
    setWriting(true);
    const r = await commitMemberImportAction({ importId: id });
    setWriting(false);
    if (r.ok) toast("success", `Đã nhập: ${r.data.created} đoàn viên mới, ${r.data.updated} cập nhật.`);
    else toast("error", r.error);
    router.refresh();
  }

  if (writing)
    return (
      <ProgressBar
        phase="write"
        progress={s.status === "WRITING" ? s.progress : 0}
        rows={toCreate + toUpdate}
      />
    );
  return (
    <div className="flex flex-col gap-3">
      {unresolved > 0 && (
        <p className="text-sm text-amber-800">
          Còn {unresolved} dòng cần xác nhận đoàn viên khớp (xem mục “Cần xác nhận”) trước khi nhập.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button disabled={nothing || unresolved > 0} onClick={() => setConfirming(true)}>
          Nhập {(toCreate + toUpdate).toLocaleString("vi-VN")} dòng hợp lệ
        </Button>
        <a
          href={`/api/members/import/${id}/errors`}
          className="inline-flex min-h-10 items-center rounded-lg border border-surface-line bg-white px-4 py-2 text-sm font-medium hover:bg-surface-sunken"
        >
          Tải danh sách kèm cột lỗi (.xlsx)
        </a>
        <Link
          href="/members/import"
          className="inline-flex min-h-10 items-center rounded-lg px-4 py-2 text-sm font-medium text-ink hover:bg-surface-sunken"
        >
          Sửa tệp rồi tải lên lại
        </Link>
      </div>
      <Dialog open={confirming} onClose={() => setConfirming(false)} title="Nhập danh sách đoàn viên?">
        <p className="text-sm text-ink">
          Thêm mới {toCreate.toLocaleString("vi-VN")} và cập nhật {toUpdate.toLocaleString("vi-VN")} đoàn
          viên.
          {errors > 0 && ` ${errors.toLocaleString("vi-VN")} dòng lỗi sẽ không được nhập.`} Tất cả được ghi
          trong một lần: nếu có sự cố, không dòng nào được ghi.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Hủy
          </Button>
          <Button onClick={run}>Nhập</Button>
        </div>
      </Dialog>
    </div>
  );
}
