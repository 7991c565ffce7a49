"use client";
// The confirmation of an ambiguous row: which stored member it is, or a new one, or skip it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useToast } from "@/components/ui/toast";
import { chooseImportMatchAction } from "@/lib/members/import/actions";

type Candidate = {
  id: string;
  fullName: string;
  cardNumber: string | null;
  dateOfBirth: string | null;
  groupName: string;
};

const dmy = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "không rõ ngày sinh");

export function AmbiguousChoice({
  importId,
  rowNo,
  candidates,
  choice,
}: {
  importId: string;
  rowNo: number;
  candidates: Candidate[];
  choice: string | null;
}) {
  const router = useRouter();
  const toast = useToast();
  const [value, setValue] = useState(choice ?? "");
  const [busy, setBusy] = useState(false);

  async function change(next: string) {
    setValue(next);
    setBusy(true);
    const r = await chooseImportMatchAction({ importId, rowNo, choice: next });
    setBusy(false);
    if (!r.ok) {
      setValue(choice ?? "");
      return toast("error", r.error);
    }
    router.refresh();
  }

  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="sr-only">Xác nhận dòng {rowNo}</span>
      <select
        value={value}
        disabled={busy}
        onChange={(e) => change(e.target.value)}
        className="min-h-10 w-full max-w-sm rounded-lg border border-surface-line bg-white px-2 text-sm"
        data-choice-row={rowNo}
      >
        <option value="" disabled>
          — Chọn —
        </option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            Cập nhật: {c.fullName}, {dmy(c.dateOfBirth)},{" "}
            {c.cardNumber ? `thẻ ${c.cardNumber}` : "chưa có thẻ"}, {c.groupName}
          </option>
        ))}
        <option value="new">Nhập thành đoàn viên mới</option>
        <option value="skip">Bỏ qua dòng này</option>
      </select>
    </label>
  );
}
