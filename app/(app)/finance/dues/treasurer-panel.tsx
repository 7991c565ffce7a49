"use client";
// The treasurer's side of the month: receive each tổ's collected cash; send the cấp trên its share.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { receiveGroupDuesAction, recordDuesRemittanceAction } from "@/lib/finance/dues/actions";
import { monthLabel } from "@/lib/finance/dues/labels";
import { remittanceSchema } from "@/lib/finance/dues/schema";
import { formatDate, formatMoney } from "@/lib/format";
import type { z } from "@/lib/validation";

type OnHand = { groupId: string; groupName: string; amount: number }[];
type Remittance = {
  id: string;
  fromMonth: string;
  toMonth: string;
  amount: number;
  paidOn: string;
  account: string;
  voucherNo: string | null;
};

const dmy = (iso: string) => iso.split("-").reverse().join("/");

export function TreasurerPanel({
  onHand,
  remittances,
  today,
  month,
}: {
  onHand: OnHand;
  remittances: Remittance[];
  today: string;
  month: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const receive = async (g: OnHand[number]) => {
    setBusy(g.groupId);
    const res = await receiveGroupDuesAction({ groupId: g.groupId, receivedOn: dmy(today) });
    setBusy(null);
    if (!res.ok) return toast("error", res.error);
    toast("success", `Đã nhận ${formatMoney(res.data.amount)} đoàn phí của ${g.groupName}.`);
    router.refresh();
  };
  const form = useForm<z.input<typeof remittanceSchema>>({
    resolver: zodResolver(remittanceSchema),
    defaultValues: {
      fromMonth: monthLabel(month),
      toMonth: monthLabel(month),
      paidOn: dmy(today),
      account: "BANK",
      voucherNo: "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const remit = form.handleSubmit(async (v) => {
    const res = await recordDuesRemittanceAction(v);
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không ghi được.");
    toast("success", `Đã ghi nộp cấp trên ${formatMoney(res.data.amount)}.`);
    router.refresh();
  });
  return (
    <div className="mt-6 grid gap-4 lg:grid-cols-2">
      <Card title="Tiền mặt các tổ đã thu, chưa nộp thủ quỹ">
        {onHand.length ? (
          <ul className="flex flex-col gap-2">
            {onHand.map((g) => (
              <li key={g.groupId} className="flex items-center justify-between gap-2">
                <span>
                  {g.groupName}: <strong className="tabular-nums">{formatMoney(g.amount)}</strong>
                </span>
                <Button variant="secondary" disabled={busy !== null} onClick={() => receive(g)}>
                  {busy === g.groupId ? "Đang ghi…" : "Nhận tiền"}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">Các tổ đã nộp hết tiền đoàn phí thu được.</p>
        )}
      </Card>
      <Card title="Nộp đoàn phí về công đoàn cấp trên">
        <form onSubmit={remit} noValidate className="grid grid-cols-2 gap-3">
          <Field label="Từ tháng" htmlFor="remit-from" error={errors.fromMonth?.message} required>
            <input
              id="remit-from"
              {...form.register("fromMonth")}
              className={inputClass(Boolean(errors.fromMonth))}
            />
          </Field>
          <Field label="Đến tháng" htmlFor="remit-to" error={errors.toMonth?.message} required>
            <input
              id="remit-to"
              {...form.register("toMonth")}
              className={inputClass(Boolean(errors.toMonth))}
            />
          </Field>
          <Field label="Ngày nộp" htmlFor="remit-on" error={errors.paidOn?.message} required>
            <input
              id="remit-on"
              {...form.register("paidOn")}
              className={inputClass(Boolean(errors.paidOn))}
            />
          </Field>
          <Field label="Hình thức" htmlFor="remit-account" error={errors.account?.message} required>
            <select
              id="remit-account"
              {...form.register("account")}
              className={inputClass(Boolean(errors.account))}
            >
              <option value="BANK">Chuyển khoản</option>
              <option value="CASH">Tiền mặt</option>
            </select>
          </Field>
          <Field label="Số chứng từ" htmlFor="remit-voucher" error={errors.voucherNo?.message}>
            <input
              id="remit-voucher"
              {...form.register("voucherNo")}
              className={inputClass(Boolean(errors.voucherNo))}
            />
          </Field>
          <div className="col-span-2">
            <p className="mb-2 text-sm text-ink-muted">
              Số tiền được tính từ đoàn phí đã thu trong các tháng, theo tỷ lệ nộp cấp trên của từng tháng.
            </p>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Đang ghi…" : "Ghi nộp cấp trên"}
            </Button>
          </div>
        </form>
        {remittances.length > 0 && (
          <ul className="mt-4 flex flex-col gap-1 text-sm" data-testid="remittances">
            {remittances.map((r) => (
              <li key={r.id}>
                {monthLabel(r.fromMonth)} – {monthLabel(r.toMonth)}:{" "}
                <strong className="tabular-nums">{formatMoney(r.amount)}</strong>, nộp {formatDate(r.paidOn)}
                {r.voucherNo ? ` (${r.voucherNo})` : ""}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
