"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

/** "Xem": marks the notice read, then opens what it is about. */
export function OpenNotificationButton({ id, link }: { id: string; link: string }) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      className="shrink-0"
      disabled={!hydrated || busy}
      onClick={async () => {
        setBusy(true);
        const r = await markNotificationReadAction({ notificationId: id });
        setBusy(false);
        if (!r.ok) return toast("error", r.error);
        router.push(link);
      }}
    >
      Xem
    </Button>
  );
}

export function MarkAllReadButton() {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={!hydrated || busy}
      onClick={async () => {
        setBusy(true);
        const r = await markAllNotificationsReadAction({});
        setBusy(false);
        if (!r.ok) return toast("error", r.error);
        toast(
          "success",
          r.data.count ? `Đã đánh dấu ${r.data.count} thông báo là đã đọc.` : "Không còn thông báo chưa đọc.",
        );
        router.refresh();
      }}
    >
      Đánh dấu tất cả đã đọc
    </Button>
  );
}
