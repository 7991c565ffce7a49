import { Badge } from "@/components/ui/badge";
import { MONTH_STATUS_LABELS } from "@/lib/finance/dues/labels";
import type { LedgerMonth } from "@/lib/finance/dues/ledger";
import { formatMoney } from "@/lib/format";

/** What a member's month stands at: paid, short, over, miễn, không thu. */
export function DuesStatus({ line }: { line: Pick<LedgerMonth, "status" | "amount" | "paid" | "balance"> }) {
  if (line.status !== "owed")
    return line.paid ? (
      <Badge tone="amber">Đã nộp {formatMoney(line.paid)}</Badge>
    ) : (
      <Badge>{MONTH_STATUS_LABELS[line.status]}</Badge>
    );
  if (line.balance === 0) return <Badge tone="green">Đã nộp đủ</Badge>;
  if (line.paid === 0) return <Badge tone="red">Chưa nộp</Badge>;
  return line.balance < 0 ? (
    <Badge tone="amber">Còn thiếu {formatMoney(-line.balance)}</Badge>
  ) : (
    <Badge tone="blue">Nộp thừa {formatMoney(line.balance)}</Badge>
  );
}
