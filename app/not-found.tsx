import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main
      id="main"
      className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 px-4 text-center"
    >
      <p className="text-5xl font-semibold text-brand-600">404</p>
      <h1 className="text-xl font-semibold text-ink">Không tìm thấy trang</h1>
      <p className="max-w-md text-sm text-ink-muted">
        Trang này không tồn tại, hoặc bạn không có quyền xem. Nếu bạn nghĩ đây là nhầm lẫn, hãy liên hệ Ban
        Chấp hành công đoàn.
      </p>
      <Link href="/" className={buttonClass("secondary")}>
        Về trang chủ
      </Link>
    </main>
  );
}
