"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { setAccountActiveAction } from "@/lib/settings/accounts/actions";
import type { AccountRow } from "@/lib/settings/accounts/queries";

/** Confirms khóa / mở lại tài khoản. */
export function ActiveDialog({ account, onClose }: { account: AccountRow; onClose: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const activate = !account.isActive;
  const who = account.memberName ? `${account.memberName} (${account.email})` : account.email;
  const confirm = async () => {
    setBusy(true);
    const result = await setAccountActiveAction({ userId: account.id, active: activate });
    setBusy(false);
    if (!result.ok) return toast("error", result.error);
    toast("success", result.data.message);
    onClose();
    router.refresh();
  };
  return (
    <Dialog open onClose={onClose} title={activate ? "Mở lại tài khoản?" : "Khóa tài khoản?"}>
      <p className="mb-4 text-sm text-ink">
        {activate
          ? `${who} sẽ đăng nhập lại được bằng mật khẩu hiện có.`
          : `${who} sẽ không đăng nhập được nữa, kể cả phiên đang mở. Hồ sơ đoàn viên không bị ảnh hưởng; có thể mở lại sau.`}
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          Hủy
        </Button>
        <Button variant={activate ? "primary" : "danger"} onClick={confirm} disabled={busy}>
          {busy ? "Đang lưu…" : activate ? "Mở lại tài khoản" : "Khóa tài khoản"}
        </Button>
      </div>
    </Dialog>
  );
}
