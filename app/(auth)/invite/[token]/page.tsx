import type { Metadata } from "next";
import Link from "next/link";
import { findUsableInvite } from "@/lib/org/invite/redeem-invite";
import { AcceptInviteForm } from "./accept-invite-form";

export const metadata: Metadata = { title: "Nhận lời mời" };

type Props = { params: Promise<{ token: string }> };

/** A one-time invite link (decision 0083): set a password, then the app opens. */
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const invite = token.length <= 200 ? await findUsableInvite(token) : null;
  return (
    <main
      id="main"
      tabIndex={-1}
      className="flex min-h-dvh items-center justify-center px-4 py-10 focus:outline-none"
    >
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <h1 className="text-2xl font-semibold text-ink">Sổ Công đoàn</h1>
          <p className="mt-1 text-sm text-ink-muted">
            {invite ? `Chủ tịch ${invite.unitName}` : "Liên kết mời"}
          </p>
        </div>
        <div className="rounded-card border border-surface-line bg-white p-6 shadow-sm">
          {invite ? (
            <>
              <p className="mb-4 text-sm text-ink">
                Chào {invite.fullName}. Đặt mật khẩu để đăng nhập bằng email <strong>{invite.email}</strong>.
              </p>
              <AcceptInviteForm token={token} />
            </>
          ) : (
            <div className="flex flex-col gap-3 text-sm">
              <p role="alert" data-testid="invite-unusable">
                Liên kết mời không còn dùng được: đã dùng rồi, đã hết hạn hoặc không đúng. Vui lòng đề nghị
                công đoàn cấp trên gửi lại.
              </p>
              <Link href="/login" className="text-brand-700 underline">
                Đến trang đăng nhập
              </Link>
            </div>
          )}
        </div>
      </div>
    </main>
  );
}
