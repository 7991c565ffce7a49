import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/current-user";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

export default async function PasswordPage() {
  await requirePage("account.password.change");
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Đổi mật khẩu" />
      <Card>
        <PasswordForm />
      </Card>
    </div>
  );
}
