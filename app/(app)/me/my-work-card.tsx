import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/current-user";
import { findMyWork, type MyItem } from "@/lib/me/queries";

const KIND = {
  decision: "Việc được giao",
  emulation: "Thi đua",
  minutes: "Biên bản",
  meeting: "Cuộc họp",
} as const;

/** "Việc của tôi": decisions assigned to the member, forms due, minutes to sign, meetings ahead. */
export async function MyWorkCard({ actor }: { actor: Actor }) {
  const items = await findMyWork(actor);
  return (
    <Card title="Việc của tôi" className="md:col-span-2">
      {items.length === 0 ? (
        <p className="text-sm text-ink-muted" data-testid="me-nothing-due">
          Bạn không có việc nào đến hạn: không có việc được giao, biểu mẫu cần nộp hay biên bản chờ ký.
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-surface-line" data-testid="me-due">
          {items.map((i) => (
            <li key={i.key} className="py-2 first:pt-0 last:pb-0" data-kind={i.kind}>
              <Item item={i} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function Item({ item }: { item: MyItem }) {
  const title = (
    <span className={`font-medium ${item.href ? "text-brand-700" : "text-ink"}`}>{item.title}</span>
  );
  return (
    <div className="flex items-start justify-between gap-3 text-sm">
      <div className="min-w-0">
        <span className="block text-xs text-ink-muted">{KIND[item.kind]}</span>
        {item.href ? (
          <Link href={item.href} className="hover:underline">
            {title}
          </Link>
        ) : (
          title
        )}
        <span className="block break-words text-ink-muted">{item.detail}</span>
      </div>
      <Badge tone={item.badge.tone}>{item.badge.text}</Badge>
    </div>
  );
}
