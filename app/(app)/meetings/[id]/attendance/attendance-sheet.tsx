"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { toSearchText } from "@/lib/format";
import { saveMeetingAttendanceAction } from "@/lib/meetings/actions";
import type { AttendanceCode } from "@/lib/meetings/labels";
import { AttendanceRowView, type SheetRow } from "./attendance-row";

type Mark = { attendance: "" | AttendanceCode; reason: string };

/** One screen at the door: tap a status per invitee, search a name, save once for everyone. */
export function AttendanceSheet({
  meetingId,
  rows,
  locked,
}: {
  meetingId: string;
  rows: SheetRow[];
  locked: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const initial = useMemo(
    () =>
      new Map(rows.map((r) => [r.memberId, { attendance: r.attendance ?? "", reason: r.reason } as Mark])),
    [rows],
  );
  const [marks, setMarks] = useState(initial);
  const [q, setQ] = useState("");
  const [saving, setSaving] = useState(false);
  const shown = useMemo(() => {
    const t = toSearchText(q);
    return t ? rows.filter((r) => r.searchName.includes(t)) : rows;
  }, [rows, q]);
  const changed = rows.filter((r) => {
    const a = marks.get(r.memberId)!;
    const b = initial.get(r.memberId)!;
    return a.attendance !== b.attendance || a.reason !== b.reason;
  });
  let present = 0;
  let unmarked = 0;
  for (const m of marks.values()) {
    if (m.attendance === "PRESENT") present++;
    if (!m.attendance) unmarked++;
  }

  const set = (memberId: string, patch: Partial<Mark>) =>
    setMarks((prev) => new Map(prev).set(memberId, { ...prev.get(memberId)!, ...patch }));
  const allPresent = () =>
    setMarks(
      (prev) =>
        new Map([...prev].map(([k, v]) => [k, v.attendance ? v : { ...v, attendance: "PRESENT" as const }])),
    );

  async function save() {
    setSaving(true);
    const payload = changed.map((r) => ({ memberId: r.memberId, ...marks.get(r.memberId)! }));
    const result = await saveMeetingAttendanceAction({ meetingId, marks: payload });
    setSaving(false);
    if (!result.ok) return toast("error", result.error);
    toast("success", `Đã lưu điểm danh (${result.data.changed} thay đổi).`);
    router.refresh();
  }

  if (!rows.length)
    return (
      <EmptyState title="Chưa mời ai">
        Hãy mời dự từ trang cuộc họp (theo tổ, toàn đơn vị hoặc BCH), rồi quay lại điểm danh.
      </EmptyState>
    );
  return (
    <div className="pb-24">
      {locked && (
        <p className="mb-3 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Biên bản đã ký nên điểm danh đã khóa.
        </p>
      )}
      <div className="mb-3 flex flex-wrap gap-2">
        <label className="min-w-0 flex-1">
          <span className="sr-only">Tìm tên người được mời</span>
          <input
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Tìm tên…"
            className={inputClass()}
          />
        </label>
        {!locked && unmarked > 0 && (
          <Button variant="secondary" onClick={allPresent}>
            Còn lại có mặt
          </Button>
        )}
      </div>
      <ul className="flex flex-col gap-2" aria-label="Người được mời">
        {shown.map((r) => (
          <AttendanceRowView
            key={r.memberId}
            row={r}
            mark={marks.get(r.memberId)!}
            disabled={locked}
            onChange={(patch) => set(r.memberId, patch)}
          />
        ))}
        {shown.length === 0 && (
          <li className="text-sm text-ink-muted">Không có ai tên như vậy trong danh sách mời.</li>
        )}
      </ul>
      <div
        className="fixed inset-x-0 bottom-0 z-20 border-t border-surface-line bg-white/95 px-4 py-3 backdrop-blur"
        data-testid="attendance-bar"
      >
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3">
          <p className="text-sm">
            Có mặt{" "}
            <b className="tabular-nums" data-testid="present-count">
              {present}/{rows.length}
            </b>
            {unmarked > 0 && <span className="text-ink-muted"> · chưa điểm danh {unmarked}</span>}
          </p>
          <Button
            onClick={save}
            disabled={locked || saving || changed.length === 0}
            className="min-h-12 px-6"
          >
            {saving ? "Đang lưu…" : changed.length ? `Lưu điểm danh (${changed.length})` : "Đã lưu"}
          </Button>
        </div>
      </div>
    </div>
  );
}
