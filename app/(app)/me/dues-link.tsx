import Link from "next/link";
import { Card } from "@/components/ui/card";

/** The "Của tôi" card that leads to one's own dues and payments. */
export function MeDuesLink() {
  return (
    <Card title="Đoàn phí">
      <p className="text-sm text-ink-muted">Số phải đóng từng tháng và các khoản bạn đã nộp.</p>
      <Link href="/me/dues" className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
        Xem đoàn phí của tôi →
      </Link>
    </Card>
  );
}
