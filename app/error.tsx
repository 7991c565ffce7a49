"use client";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold text-ink">Đã có lỗi xảy ra</h1>
      <p className="max-w-md text-sm text-ink-muted">Hệ thống gặp lỗi không mong muốn và đã ghi lại để kiểm tra. Vui lòng thử lại.</p>
      <Button variant="secondary" onClick={reset}>
        Thử lại
      </Button>
    </main>
  );
}
