"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { yearOf } from "@/lib/format";
import { GENDER_LABELS, type MemberStatusCode } from "@/lib/members/labels";
import { MoveMembersDialog } from "./move-members-dialog";

type Row = {
  id: string;
  fullName: string;
  gender: "MALE" | "FEMALE";
  dateOfBirth: Date | null;
  cardNumber: string | null;
  jobTitle: string | null;
  status: MemberStatusCode;
};
type Props = {
  group: { id: string; name: string };
  members: Row[];
  canMove: boolean;
  targets: { id: string; name: string }[];
};

/** The tổ's current members; BCH can tick several and move them to another tổ. */
export function GroupMembers({ group, members, canMove, targets }: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toggle = (id: string) =>
    setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set(s).add(id)));
  const allChecked = members.length > 0 && selected.size === members.length;
  const toggleAll = () => setSelected(allChecked ? new Set() : new Set(members.map((m) => m.id)));
  const picked = members.filter((m) => selected.has(m.id));

  const box = (m: Row) =>
    canMove && (
      <input
        type="checkbox"
        className="h-5 w-5 accent-brand-600"
        checked={selected.has(m.id)}
        onChange={() => toggle(m.id)}
        aria-label={`Chọn ${m.fullName}`}
      />
    );
  const name = (m: Row) => (
    <Link href={`/members/${m.id}`} className="font-medium text-ink hover:text-brand-700 hover:underline">
      {m.fullName}
    </Link>
  );

  return (
    <>
      {canMove && (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 rounded-lg bg-surface-sunken px-3 py-2 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              className="h-5 w-5 accent-brand-600"
              checked={allChecked}
              onChange={toggleAll}
            />
            {selected.size ? `Đã chọn ${selected.size} đoàn viên` : "Chọn tất cả"}
          </label>
          <Button
            variant="secondary"
            disabled={!selected.size || !targets.length}
            onClick={() => setOpen(true)}
          >
            Chuyển sang tổ khác…
          </Button>
        </div>
      )}
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full text-sm">
          <thead className="whitespace-nowrap border-b border-surface-line text-ink-muted">
            <tr>
              {canMove && (
                <th scope="col" className="w-10 px-2 py-2">
                  <span className="sr-only">Chọn</span>
                </th>
              )}
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Họ và tên
              </th>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Giới tính
              </th>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Năm sinh
              </th>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Số thẻ
              </th>
              <th scope="col" className="px-2 py-2 text-left font-medium">
                Chức vụ / nghề nghiệp
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-surface-line last:border-0">
                {canMove && <td className="px-2 py-2">{box(m)}</td>}
                <td className="px-2 py-2">
                  {name(m)} {m.status !== "ACTIVE" && <StatusBadge status={m.status} />}
                </td>
                <td className="px-2 py-2">{GENDER_LABELS[m.gender]}</td>
                <td className="px-2 py-2 tabular-nums">{yearOf(m.dateOfBirth)}</td>
                <td className="px-2 py-2 tabular-nums">{m.cardNumber}</td>
                <td className="px-2 py-2">{m.jobTitle}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col divide-y divide-surface-line md:hidden">
        {members.map((m) => (
          <li key={m.id} className="flex items-start gap-3 py-2">
            {box(m)}
            <div className="min-w-0 flex-1">
              <div className="flex items-start justify-between gap-2">
                {name(m)}
                {m.status !== "ACTIVE" && <StatusBadge status={m.status} />}
              </div>
              <div className="text-sm text-ink-muted">
                {GENDER_LABELS[m.gender]} · {yearOf(m.dateOfBirth)}
                {m.cardNumber && ` · Thẻ ${m.cardNumber}`}
              </div>
            </div>
          </li>
        ))}
      </ul>
      {canMove && (
        <MoveMembersDialog
          open={open}
          onClose={() => setOpen(false)}
          onMoved={() => (setOpen(false), setSelected(new Set()), router.refresh())}
          fromGroupName={group.name}
          selected={picked}
          groups={targets}
        />
      )}
    </>
  );
}
