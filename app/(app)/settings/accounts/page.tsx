import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { findAccounts, findMembersWithoutAccount } from "@/lib/settings/accounts/queries";
import { AccountsTable } from "./accounts-table";
import { CreateAccountButton } from "./create-account-dialog";

export const metadata: Metadata = { title: "Tài khoản đăng nhập" };

export default async function AccountsPage() {
  const actor = await requirePage("accounts.manage");
  const [accounts, candidates] = await Promise.all([findAccounts(actor), findMembersWithoutAccount(actor)]);
  const active = accounts.filter((a) => a.isActive).length;

  return (
    <>
      <PageHeader
        title="Tài khoản đăng nhập"
        subtitle={`${active} tài khoản đang hoạt động, ${accounts.length - active} đã khóa. ${candidates.length} đoàn viên chưa có tài khoản.`}
        actions={
          <>
            <Link href="/settings" className={buttonClass("secondary")}>
              ← Cài đặt
            </Link>
            <CreateAccountButton
              candidates={candidates.map((c) => ({
                id: c.id,
                fullName: c.fullName,
                email: c.email ?? "",
                groupName: c.group.name,
              }))}
            />
          </>
        }
      />
      {accounts.length === 0 ? (
        <EmptyState title="Chưa có tài khoản nào">
          Bấm “Tạo tài khoản” để cấp tài khoản đăng nhập cho một đoàn viên.
        </EmptyState>
      ) : (
        <AccountsTable rows={accounts} />
      )}
      <p className="mt-4 text-sm text-ink-muted">
        Mật khẩu tạm chỉ hiện một lần khi tạo hoặc đặt lại. Hãy gửi riêng cho đoàn viên và nhắc họ đổi mật
        khẩu sau khi đăng nhập.
      </p>
    </>
  );
}
