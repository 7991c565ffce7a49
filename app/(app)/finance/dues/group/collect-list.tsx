"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DuesStatus } from "@/components/finance/dues-status";
import { Button, buttonClass } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { recordDuesPaymentAction, reverseDuesPaymentAction } from "@/lib/finance/dues/actions";
import { monthLabel } from "@/lib/finance/dues/labels";
import type { MonthRow } from "@/lib/finance/dues/queries";
import { formatMoney } from "@/lib/format";

/** One line per member, big enough for a thumb: "Đã thu" records the cash, "Hoàn tác" reverses it. */
export function CollectList({ rows, month, today }: { rows: MonthRow[]; month: string; today: string }) {
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const paidOn = today.split("-").reverse().join("/");
  const collect = async (r: MonthRow) => {
    setBusy(r.memberId);
    const res = await recordDuesPaymentAction({
      memberId: r.memberId,
      month,
      amount: -r.balance,
      method: "GROUP_CASH",
      paidOn,
    });
    setBusy(null);
    if (!res.ok) return toast("error", res.error);
    toast("success", `Đã ghi ${r.fullName} nộp ${formatMoney(-r.balance)} tháng ${monthLabel(month)}.`);
    router.refresh();
  };
  const undo = async (r: MonthRow) => {
    if (!r.lastPayment) return;
    setBusy(r.memberId);
    const res = await reverseDuesPaymentAction({
      paymentId: r.lastPayment.id,
      reason: "Tổ trưởng hoàn tác ghi nhận thu",
    });
    setBusy(null);
    if (!res.ok) return toast("error", res.error);
    toast("success", `Đã hoàn tác khoản thu của ${r.fullName}.`);
    router.refresh();
  };
  return (
    <ul className="flex flex-col gap-2" data-testid="collect-list">
      {rows.map((r) => {
        const canUndo = r.lastPayment?.method === "GROUP_CASH" && !r.lastPayment.handedOver;
        return (
          <li
            key={r.memberId}
            className="flex items-center justify-between gap-3 rounded-card border border-surface-line bg-white p-3"
            data-testid="collect-row"
          >
            <div className="min-w-0">
              <p className="font-medium">{r.fullName}</p>
              <p className="text-sm text-ink-muted tabular-nums">
                Phải đóng {formatMoney(r.amount)}
                {r.paid ? ` · đã nộp ${formatMoney(r.paid)}` : ""}
              </p>
              <DuesStatus line={r} />
            </div>
            <div className="flex shrink-0 flex-col gap-2">
              {r.status === "owed" && r.balance < 0 && (
                <Button
                  disabled={busy !== null}
                  onClick={() => collect(r)}
                  aria-label={`Đã thu của ${r.fullName}`}
                >
                  {busy === r.memberId ? "Đang ghi…" : `Đã thu ${formatMoney(-r.balance)}`}
                </Button>
              )}
              {r.lastPayment && (
                <a
                  className={buttonClass("secondary")}
                  href={`/api/finance/dues/receipt/${r.lastPayment.id}/pdf`}
                  target="_blank"
                  rel="noopener"
                  aria-label={`Phiếu thu của ${r.fullName}`}
                >
                  Phiếu thu
                </a>
              )}
              {canUndo && (
                <Button
                  variant="secondary"
                  disabled={busy !== null}
                  onClick={() => undo(r)}
                  aria-label={`Hoàn tác khoản thu của ${r.fullName}`}
                >
                  Hoàn tác
                </Button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
