import Link from "next/link";
import { Card } from "@/components/ui/card";

/** The meetings and opinions entry on "Của tôi". */
export function MeMeetingsCard() {
  return (
    <Card title="Họp và ý kiến">
      <ul className="flex flex-col gap-2 text-sm">
        <li>
          <Link href="/me/meetings" className="text-brand-700 underline">
            Cuộc họp tôi được mời và biên bản
          </Link>
        </li>
        <li>
          <Link href="/me/opinions" className="text-brand-700 underline">
            Gửi tâm tư, nguyện vọng và xem câu trả lời
          </Link>
        </li>
      </ul>
    </Card>
  );
}
