import Link from "next/link";
import { Card } from "@/components/ui/card";

/** The "Của tôi" card that leads to one's own rating results (shown once published). */
export function MeRatingLink() {
  return (
    <Card title="Kết quả xếp loại">
      <p className="text-sm text-ink-muted">
        Mức đánh giá, xếp loại đoàn viên của bạn qua các năm, sau khi Ban Chấp hành công bố.
      </p>
      <Link href="/me/rating" className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
        Xem kết quả xếp loại của tôi →
      </Link>
    </Card>
  );
}
