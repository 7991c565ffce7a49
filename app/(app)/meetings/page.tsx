import type { Metadata } from "next";
import Link from "next/link";
import { ListPager } from "@/components/meetings/list-pager";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { listMeetingGroups } from "@/lib/meetings/detail-queries";
import { findMeetings } from "@/lib/meetings/queries";
import { meetingListParamsSchema } from "@/lib/meetings/schema";
import { MeetingsFilters } from "./meetings-filters";
import { MeetingsTable } from "./meetings-table";

export const metadata: Metadata = { title: "Cuộc họp" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MeetingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("meetings.read.all", "meetings.read.group");
  const flat = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const params = meetingListParamsSchema.parse(flat);
  const [result, groups] = await Promise.all([findMeetings(actor, params), listMeetingGroups(actor)]);
  const query = (over: Record<string, string | number>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({
      q: params.q,
      year: params.year || "",
      type: params.type,
      group: params.group,
      status: params.status,
      page: "",
      ...over,
    })) {
      if (String(v) !== "" && !(k === "page" && String(v) === "1")) q.set(k, String(v));
    }
    return q.toString();
  };
  const canManage = can(actor, "meetings.manage") || can(actor, "meetings.manage.group");
  const thisYear = clock.thisYear();
  const years = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);
  const filtered = params.q || params.year || params.type || params.group || params.status;

  return (
    <>
      <PageHeader
        title="Cuộc họp"
        subtitle={`${can(actor, "meetings.read.all") ? "Toàn đơn vị" : "Các cuộc họp của tổ bạn phụ trách"} · ${result.total.toLocaleString("vi-VN")} cuộc họp`}
        actions={
          <>
            <Link href="/meetings/decisions" className={buttonClass("secondary")}>
              Quyết định quá hạn
            </Link>
            <Link
              href={`/meetings/stats?year=${params.year || thisYear}`}
              className={buttonClass("secondary")}
            >
              Thống kê dự họp
            </Link>
            {can(actor, "meetings.export") && (
              <a
                href={`/api/meetings/register?year=${params.year || thisYear}`}
                className={buttonClass("secondary")}
              >
                Sổ cuộc họp (Excel)
              </a>
            )}
            {canManage && (
              <Link href="/meetings/new" className={buttonClass("primary")}>
                + Lập cuộc họp
              </Link>
            )}
          </>
        }
      />
      <MeetingsFilters groups={groups} years={years} />
      {result.rows.length === 0 ? (
        <EmptyState title="Chưa có cuộc họp nào phù hợp">
          {filtered ? (
            <Link href="/meetings" className="text-brand-700 underline">
              Xóa bộ lọc để xem mọi cuộc họp
            </Link>
          ) : canManage ? (
            <Link href="/meetings/new" className="text-brand-700 underline">
              Lập cuộc họp đầu tiên
            </Link>
          ) : (
            "Danh sách đang trống."
          )}
        </EmptyState>
      ) : (
        <MeetingsTable rows={result.rows} />
      )}
      <ListPager
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        noun="cuộc họp"
        hrefFor={(page) => `/meetings?${query({ page })}`}
      />
    </>
  );
}
