"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { resendChairInviteAction } from "@/lib/org/actions";
import { InviteLink } from "./invite-link";

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
      <InviteLink link={link} label="Liên kết mời mới">
        Đã gửi lại thư mời (nếu hệ thống đã cài đặt e-mail). Liên kết mới dưới đây chỉ hiện một lần, dùng được
        một lần trong 7 ngày; liên kết cũ không dùng được nữa.
      </InviteLink>
    );
  return (
    <Button type="button" variant="secondary" disabled={!hydrated || busy} onClick={onClick}>
      {busy ? "Đang gửi lại…" : "Gửi lại lời mời"}
    </Button>
  );
}
