"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { commitDuesImportAction } from "@/lib/finance/dues/actions";
import { formatMoney } from "@/lib/format";

export function CommitButton({
  importId,
  disabled,
  rows,
  total,
}: {
  importId: string;
  disabled: boolean;
  rows: number;
  total: number;
}) {
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      disabled={disabled || busy}
      onClick={async () => {
        setBusy(true);
        const res = await commitDuesImportAction({ importId });
        setBusy(false);
        if (!res.ok) return toast("error", res.error);
        toast(
          "success",
          `Đã ghi sổ ${res.data.rows.toLocaleString("vi-VN")} khoản, ${formatMoney(res.data.total)}.`,
        );
        router.refresh();
      }}
    >
      {busy ? "Đang ghi sổ…" : `Ghi sổ ${rows.toLocaleString("vi-VN")} dòng (${formatMoney(total)})`}
    </Button>
  );
}
