"use client";
import "./globals.css";

/** Only when the root layout itself fails: a plain Vietnamese page, never a stack trace. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body>
        <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
          <h1 className="text-xl font-semibold text-ink">Đã có lỗi xảy ra</h1>
          <p className="max-w-md text-sm text-ink-muted">
            Hệ thống tạm thời không hiển thị được trang. Vui lòng thử lại sau ít phút.
          </p>
          <button
            type="button"
            onClick={reset}
            className="rounded-lg border border-surface-line bg-white px-4 py-2 text-sm font-medium"
          >
            Thử lại
          </button>
        </main>
      </body>
    </html>
  );
}
