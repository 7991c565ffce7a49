// Shown on every page while the instance runs as of a pinned day (SCD_TODAY): a training
// instance or the test suite. It also hands the day to the browser, so that client forms default
// to the same "today" as the server (lib/clock.ts). Renders nothing on a normal instance.
import { connection } from "next/server";
import { pinnedDay } from "@/lib/clock";
import { formatDate } from "@/lib/format";

export async function PinnedDayBanner() {
  await connection(); // read at request time: a page built without SCD_TODAY must still show it
  const day = pinnedDay();
  if (!day) return null;
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: `globalThis.__SCD_TODAY__=${JSON.stringify(day)};` }} />
      <div
        role="status"
        data-testid="pinned-day"
        className="bg-amber-100 px-4 py-1 text-center text-xs font-medium text-amber-900 print:hidden"
      >
        Bản chạy thử: ứng dụng tính mọi thời hạn như hôm nay là ngày {formatDate(day)} (SCD_TODAY). Không dùng
        cho dữ liệu thật.
      </div>
    </>
  );
}
