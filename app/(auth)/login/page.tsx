import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-user";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage() {
  if (await getActor()) redirect("/");
  return (
    <main
      id="main"
      tabIndex={-1}
      className="flex focus:outline-none min-h-dvh items-center justify-center px-4 py-10"
    >
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="mx-auto mb-3 flex h-12 w-12 items-center justify-center rounded-full bg-brand-600 text-lg font-bold text-white">
            CĐ
          </div>
          <h1 className="text-2xl font-semibold text-ink">Sổ Công đoàn</h1>
          <p className="mt-1 text-sm text-ink-muted">Hồ sơ điện tử của công đoàn cơ sở</p>
        </div>
        <div className="rounded-card border border-surface-line bg-white p-6 shadow-sm">
          <LoginForm />
        </div>
      </div>
    </main>
  );
}
