import Link from "next/link";
import { Card } from "@/components/ui/card";

/** The "Của tôi" card that leads to one's own welfare history. */
export function MeWelfareLink() {
  return (
    <Card title="Thăm hỏi, trợ cấp">
      <p className="text-sm text-ink-muted">Các lần Công đoàn thăm hỏi, trợ cấp bạn và gia đình.</p>
      <Link href="/me/welfare" className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
        Xem lịch sử thăm hỏi của tôi →
      </Link>
    </Card>
  );
}
