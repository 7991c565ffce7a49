import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSearch, UrlFilterForm } from "@/components/url-filters";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDate, todayInVietnam } from "@/lib/format";
import { GROUP_PAGE_SIZE, listGroups } from "@/lib/groups/queries";
import { GroupArchiveButton } from "./group-archive-button";
import { GroupNameDialog } from "./group-name-dialog";
import { GroupsTable } from "./groups-table";

export const metadata: Metadata = { title: "Tổ công đoàn" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function GroupsPage({ searchParams }: Props) {
  const actor = await requirePage("groups.read");
  const sp = await searchParams;
  const q = one(sp.q).slice(0, 100);
  const { active, archived, total, page, pageCount, memberTotal } = await listGroups(actor, {
    q,
    page: Number(one(sp.page)) || 1,
  });
  const canWrite = can(actor, "groups.write");
  const hrefFor = (n: number) => `/groups?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  const memberHref = can(actor, "members.read.all") ? (id: string) => `/members/${id}` : undefined;
  const leads = active.filter((g) => g.canOpen && !can(actor, "members.read.all"));

  return (
    <>
      <PageHeader
        title="Tổ công đoàn"
        subtitle={`${total.toLocaleString("vi-VN")} tổ${q ? " khớp tìm kiếm" : ""} · ${memberTotal.toLocaleString("vi-VN")} đoàn viên đang sinh hoạt (kể cả tạm dừng)`}
        actions={canWrite && <GroupNameDialog />}
      />
      {leads.length > 0 && (
        <p className="mb-3 text-sm text-ink-muted">
          Bạn xem được chi tiết tổ mình phụ trách: {leads.map((g) => g.name).join(", ")}.
        </p>
      )}
      {(total > GROUP_PAGE_SIZE || q) && (
        <UrlFilterForm>
          <FilterSearch label="Tìm tổ theo tên" value={q} placeholder="Tìm tổ theo tên…" />
        </UrlFilterForm>
      )}
      {active.length === 0 ? (
        q ? (
          <EmptyState title="Không có tổ nào khớp tìm kiếm">
            Thử một phần tên tổ khác, hoặc xoá ô tìm kiếm.
          </EmptyState>
        ) : (
          <EmptyState title="Chưa có tổ công đoàn nào">
            {canWrite
              ? "Bấm “+ Thêm tổ” để tạo tổ đầu tiên, rồi thêm đoàn viên vào tổ."
              : "Ban Chấp hành sẽ lập các tổ công đoàn."}
          </EmptyState>
        )
      ) : (
        <GroupsTable rows={active} canWrite={canWrite} memberHref={memberHref} />
      )}
      <Pagination page={page} pageCount={pageCount} total={total} hrefFor={hrefFor} noun="tổ" />
      {archived.length > 0 && (
        <Card title={`Tổ đã lưu trữ (${archived.length})`} className="mt-6">
          <ul className="divide-y divide-surface-line text-sm">
            {archived.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {g.canOpen ? (
                    <Link
                      href={`/groups/${g.id}`}
                      className="font-medium hover:text-brand-700 hover:underline"
                    >
                      {g.name}
                    </Link>
                  ) : (
                    <span className="font-medium">{g.name}</span>
                  )}
                  <span className="text-ink-muted">
                    {" "}
                    · lưu trữ ngày {formatDate(todayInVietnam(g.archivedAt!))}
                  </span>
                </span>
                {canWrite && (
                  <GroupArchiveButton
                    group={{ id: g.id, name: g.name, memberCount: g.memberCount }}
                    restore
                  />
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
