import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";

/** The giấy giới thiệu of each chuyển sinh hoạt đi in the member's timeline (lib/members/transfer-letter). */
export function TransferLetters({
  events,
}: {
  events: { id: string; type: string; effectiveOn: Date; reason: string | null }[];
}) {
  const out = events.filter((e) => e.type === "TRANSFERRED_OUT");
  if (!out.length) return null;
  return (
    <Card title="Giấy giới thiệu chuyển sinh hoạt">
      <ul className="flex flex-col gap-2 text-sm">
        {out.map((e) => (
          <li key={e.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              Chuyển đi ngày {formatDate(e.effectiveOn)}
              {e.reason ? ` – ${e.reason}` : ""}
            </span>
            <Link href={`/print/members/transfer-letter/${e.id}`} className={buttonClass("secondary")}>
              In giấy giới thiệu
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
