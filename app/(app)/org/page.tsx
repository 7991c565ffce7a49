import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSearch, UrlFilterForm } from "@/components/url-filters";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { findOrgUnits } from "@/lib/org/queries";
import { orgTiles } from "@/lib/org/rollup/tiles";
import { CHAIR_STATE_LABELS } from "@/lib/org/schema";
import { OrgTilesView } from "./org-tiles";

export const metadata: Metadata = { title: "Công đoàn cơ sở trực thuộc" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrgPage({ searchParams }: Props) {
  const actor = await requirePage("org.read");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  const page = Math.max(1, Number(typeof sp.page === "string" ? sp.page : 1) || 1);
  const [list, tiles] = await Promise.all([
    findOrgUnits(actor, { q, page }),
    can(actor, "org.rollup.read") ? orgTiles(actor, clock.thisYear()) : null,
  ]);
  const hrefFor = (p: number) => `/org?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader
        title="Công đoàn cơ sở trực thuộc"
        subtitle={`${actor.unitName ?? ""}: ${list.all.toLocaleString("vi-VN")} công đoàn cơ sở. Cấp trên thấy số liệu tổng hợp, không xem hồ sơ đoàn viên của CĐCS.`}
        actions={
          can(actor, "org.manage") ? (
            <Link href="/org/new" className={buttonClass("primary")}>
              Tạo CĐCS
            </Link>
          ) : undefined
        }
      />
      {tiles && <OrgTilesView tiles={tiles} />}
      <UrlFilterForm>
        <FilterSearch label="Tìm CĐCS" value={q} placeholder="Tìm theo tên công đoàn cơ sở" />
      </UrlFilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title={q ? "Không có CĐCS nào khớp" : "Chưa có công đoàn cơ sở nào"}>
          {q
            ? "Thử tìm bằng một phần khác của tên."
            : "Bấm “Tạo CĐCS” để thêm công đoàn cơ sở đầu tiên, rồi mời chủ tịch của nó."}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-surface-line rounded-card border border-surface-line bg-white">
          {list.rows.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div className="min-w-0">
                <Link href={`/org/${u.id}`} className="font-medium text-brand-700 hover:underline">
                  {u.name}
                </Link>
                <p className="text-sm text-ink-muted">
                  {u.placeName}
                  {u.parentName !== actor.unitName ? ` · thuộc ${u.parentName}` : ""}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span>{u.activeMembers.toLocaleString("vi-VN")} đoàn viên</span>
                {u.chair ? (
                  <Badge tone={CHAIR_STATE_LABELS[u.chair.state].tone}>
                    {CHAIR_STATE_LABELS[u.chair.state].list}
                  </Badge>
                ) : (
                  <Badge tone="gray">Chưa mời chủ tịch</Badge>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pages} total={list.total} hrefFor={hrefFor} noun="CĐCS" />
    </>
  );
}
