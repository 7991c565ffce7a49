"use client";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DB_UNAVAILABLE_DIGEST, DB_UNAVAILABLE_TITLE } from "@/lib/db/unavailable";

const RETRY_MS = 5000;

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const router = useRouter();
  // The server marks a database outage with this digest; /api/health confirms it and says when it is over.
  const [dbDown, setDbDown] = useState(error.digest === DB_UNAVAILABLE_DIGEST);
  const wasDown = useRef(dbDown);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const ok = await fetch("/api/health", { cache: "no-store" }).then(
        (r) => r.ok,
        () => false,
      );
      if (stopped) return;
      if (!ok) {
        wasDown.current = true;
        setDbDown(true);
        timer = setTimeout(() => void check(), RETRY_MS);
      } else if (wasDown.current) {
        // The database is back: render the page again, without the user doing anything.
        startTransition(() => {
          router.refresh();
          reset();
        });
      }
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [reset, router]);

  return (
    <main
      className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 px-4 text-center"
      data-error-page={dbDown ? "db-unavailable" : "unexpected"}
    >
      <h1 className="text-xl font-semibold text-ink">{dbDown ? DB_UNAVAILABLE_TITLE : "Đã có lỗi xảy ra"}</h1>
      <p className="max-w-md text-sm text-ink-muted">
        {dbDown
          ? "Dữ liệu của bạn không bị mất. Hệ thống tự kết nối lại mỗi vài giây và sẽ tải lại trang này khi cơ sở dữ liệu hoạt động trở lại."
          : "Hệ thống gặp lỗi không mong muốn và đã ghi lại để kiểm tra. Vui lòng thử lại."}
      </p>
      <Button variant="secondary" onClick={reset}>
        Thử lại
      </Button>
    </main>
  );
}
