"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { resendChairInviteAction } from "@/lib/org/actions";

/** "Gửi lại lời mời": a new one-time link once the last one expired unused; shown once, like the first. */
export function ResendInviteButton({ unitId }: { unitId: string }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const onClick = async () => {
    setBusy(true);
    const result = await resendChairInviteAction({ unitId });
    setBusy(false);
    if (!result.ok) return toast("error", result.error);
    toast("success", result.data.message);
    setLink(`${window.location.origin}${result.data.link}`);
    router.refresh();
  };
  if (link)
    return (
      <div className="flex flex-col gap-2 text-sm">
        <p>
          Đã gửi lại thư mời (nếu hệ thống đã cài đặt e-mail). Liên kết mới dưới đây chỉ hiện một lần, dùng
          được một lần trong 7 ngày; liên kết cũ không dùng được nữa.
        </p>
        <input
          readOnly
          value={link}
          aria-label="Liên kết mời mới"
          data-testid="invite-link"
          className={inputClass()}
        />
      </div>
    );
  return (
    <Button type="button" variant="secondary" disabled={!hydrated || busy} onClick={onClick}>
      {busy ? "Đang gửi lại…" : "Gửi lại lời mời"}
    </Button>
  );
}
