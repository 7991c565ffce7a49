import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { duesTermsLine } from "@/components/finance/dues-terms-line";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { monthLabel } from "@/lib/finance/dues/labels";
import { monthViewParamsSchema } from "@/lib/finance/dues/params";
import { duesMonthView } from "@/lib/finance/dues/queries";
import { formatMoney } from "@/lib/format";
import { listGroupOptions } from "@/lib/groups/queries";
import { MonthNav } from "../month-nav";
import { CollectList } from "./collect-list";

export const metadata: Metadata = { title: "Thu đoàn phí tại tổ" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The tổ trưởng's month on a phone: who owes what, a tap for who paid in cash, a tap to undo. */
export default async function GroupDuesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("dues.collect.group", "dues.write");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const today = clock.todayIso();
  const params = monthViewParamsSchema(today.slice(0, 7)).parse(raw);
  const groups = (await listGroupOptions(actor)).filter(
    (g) => can(actor, "dues.write") || actor.ledGroupIds.includes(g.id),
  );
  // A tổ named in the URL that the actor does not collect for is refused, not swapped for their own.
  if (params.group && !groups.some((g) => g.id === params.group)) notFound();
  const group = groups.find((g) => g.id === params.group) ?? groups[0];
  if (!group)
    return (
      <>
        <PageHeader title="Thu đoàn phí tại tổ" />
        <EmptyState title="Bạn chưa phụ trách tổ công đoàn nào">
          Khi được phân công làm tổ trưởng, danh sách của tổ sẽ hiện ở đây.
        </EmptyState>
      </>
    );
  // The whole tổ on one list (a tổ holds tens to a few hundred members).
  const view = await duesMonthView(actor, { month: params.month, group: group.id, q: "", take: 1_000 });
  const all = view.rows;
  const owed = all.reduce((s, r) => s + r.amount, 0);
  const paid = all.reduce((s, r) => s + r.paid, 0);
  const href = (over: Record<string, string>) =>
    `/finance/dues/group?${new URLSearchParams({ month: params.month, group: group.id, ...over }).toString()}`;
  return (
    <>
      <PageHeader
        title={`Đoàn phí ${group.name}`}
        subtitle={duesTermsLine(view.terms)}
        actions={
          <Link
            href={`/print/finance/dues/book?year=${params.month.slice(0, 4)}&group=${group.id}`}
            className={buttonClass("secondary")}
          >
            Sổ thu của tổ năm {params.month.slice(0, 4)}
          </Link>
        }
      />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <MonthNav month={params.month} hrefFor={(m) => href({ month: m })} />
      </div>
      {groups.length > 1 && (
        <nav aria-label="Chọn tổ" className="mb-3 flex flex-wrap gap-2">
          {groups.map((g) => (
            <Link
              key={g.id}
              href={href({ group: g.id })}
              className={buttonClass(g.id === group.id ? "primary" : "secondary")}
            >
              {g.name}
            </Link>
          ))}
        </nav>
      )}
      <p className="mb-3 text-sm" data-testid="group-dues-summary">
        Tháng {monthLabel(params.month)}: đã thu <strong className="tabular-nums">{formatMoney(paid)}</strong>{" "}
        / <span className="tabular-nums">{formatMoney(owed)}</span> phải thu
      </p>
      {all.length ? (
        <CollectList rows={all} month={params.month} today={today} />
      ) : (
        <EmptyState title="Tổ chưa có đoàn viên trong tháng này" />
      )}
    </>
  );
}
