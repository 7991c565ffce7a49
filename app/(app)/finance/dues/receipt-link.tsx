import { buttonClass } from "@/components/ui/button";
import { monthLabel } from "@/lib/finance/dues/labels";

/** The phiếu thu đoàn phí of one payment, as PDF in a new tab (its route checks who may read it). */
export function ReceiptLink({ paymentId, month }: { paymentId: string; month: string }) {
  return (
    <a
      className={buttonClass("secondary")}
      href={`/api/finance/dues/receipt/${paymentId}/pdf`}
      target="_blank"
      rel="noopener"
      aria-label={`Phiếu thu đoàn phí tháng ${monthLabel(month)}`}
    >
      Phiếu thu
    </a>
  );
}
