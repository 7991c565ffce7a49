"use client";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import type { AccountRow } from "@/lib/settings/accounts/queries";
import { ActiveDialog } from "./active-dialog";
import { ResetPasswordDialog } from "./reset-password-dialog";

type Open = { kind: "reset" | "active"; account: AccountRow } | null;

function StatusBadges({ a }: { a: AccountRow }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {a.isActive ? <Badge tone="green">Đang hoạt động</Badge> : <Badge tone="red">Đã khóa</Badge>}
      {a.isSystemAdmin && <Badge tone="blue">Quản trị</Badge>}
      {a.isSelf && <Badge>Bạn</Badge>}
    </span>
  );
}

function Actions({ a, onOpen }: { a: AccountRow; onOpen: (o: Open) => void }) {
  return (
    <div className="flex flex-wrap gap-2 md:justify-end">
      <Button variant="secondary" className="px-3" onClick={() => onOpen({ kind: "reset", account: a })}>
        Đặt lại mật khẩu
      </Button>
      {!a.isSelf && (
        <Button
          variant={a.isActive ? "danger" : "secondary"}
          className="px-3"
          onClick={() => onOpen({ kind: "active", account: a })}
        >
          {a.isActive ? "Khóa" : "Mở lại"}
        </Button>
      )}
    </div>
  );
}

const lastLogin = (a: AccountRow) => (a.lastLoginOn ? formatDate(a.lastLoginOn) : "Chưa đăng nhập");

export function AccountsTable({ rows }: { rows: AccountRow[] }) {
  const [open, setOpen] = useState<Open>(null);
  const name = (a: AccountRow) => a.memberName ?? "Tài khoản quản trị (không gắn đoàn viên)";
  return (
    <>
      <div className="hidden overflow-x-auto rounded-card border border-surface-line bg-white md:block">
        <table className="w-full text-sm">
          <thead className="border-b border-surface-line bg-surface-sunken text-ink-muted">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Đoàn viên
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Email
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Trạng thái
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Đăng nhập gần nhất
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} className="border-b border-surface-line last:border-0" data-account={a.email}>
                <td className="px-3 py-2">
                  <div className="font-medium text-ink">{name(a)}</div>
                  {a.groupName && <div className="text-xs text-ink-muted">{a.groupName}</div>}
                </td>
                <td className="px-3 py-2 break-all">{a.email}</td>
                <td className="px-3 py-2">
                  <StatusBadges a={a} />
                </td>
                <td className="px-3 py-2 tabular-nums text-ink-muted">{lastLogin(a)}</td>
                <td className="px-3 py-2">
                  <Actions a={a} onOpen={setOpen} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-2 md:hidden">
        {rows.map((a) => (
          <li
            key={a.id}
            className="rounded-card border border-surface-line bg-white p-3"
            data-account={a.email}
          >
            <div className="font-medium text-ink">{name(a)}</div>
            <div className="break-all text-sm text-ink-muted">{a.email}</div>
            <div className="mt-1">
              <StatusBadges a={a} />
            </div>
            <div className="mt-1 text-xs text-ink-muted">Đăng nhập gần nhất: {lastLogin(a)}</div>
            <div className="mt-3">
              <Actions a={a} onOpen={setOpen} />
            </div>
          </li>
        ))}
      </ul>
      {open?.kind === "reset" && <ResetPasswordDialog account={open.account} onClose={() => setOpen(null)} />}
      {open?.kind === "active" && <ActiveDialog account={open.account} onClose={() => setOpen(null)} />}
    </>
  );
}
