import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import { mailConfig } from "@/lib/notifications/mail-config";
import { notificationPreferences } from "@/lib/notifications/queries";
import { PreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Cài đặt thông báo" };

export default async function NotificationSettingsPage() {
  const actor = await requirePage("notifications.own");
  const prefs = await notificationPreferences(actor);
  return (
    <>
      <PageHeader
        title="Cài đặt thông báo"
        subtitle={`Thư gửi tới ${actor.email}.${mailConfig() ? "" : " Đơn vị chưa cấu hình gửi thư: hiện chỉ có thông báo trong ứng dụng."}`}
      />
      <Card>
        <PreferencesForm initial={prefs} mayDigest={can(actor, "notifications.digest")} />
      </Card>
    </>
  );
}
