import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { SubmissionStateBadge } from "@/components/submissions/state-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect, UrlFilterForm } from "@/components/url-filters";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { defaultInboxYear, findInbox, findMissing, inboxCounts } from "@/lib/org/submissions/queries";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import {
  inSentence,
  paperLabel,
  SUBMISSION_KIND_LABELS,
  SUBMISSION_STATE_LABELS,
} from "@/lib/submissions/labels";
import {
  SUBMISSION_KINDS,
  SUBMISSION_STATES,
  type SubmissionKindCode,
  type SubmissionStateCode,
} from "@/lib/submissions/payloads";
import { CountsTable } from "./counts-table";

export const metadata: Metadata = { title: "Hồ sơ gửi lên" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const str = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
const pick = <T extends string>(v: string, all: readonly T[]): T | null =>
  all.includes(v as T) ? (v as T) : null;

export default async function OrgSubmissionsPage({ searchParams }: Props) {
  const actor = await requirePage("org.submissions.read");
  const sp = await searchParams;
  const year = pageYear(str(sp.year), await defaultInboxYear(actor));
  const kind = pick<SubmissionKindCode>(str(sp.kind), SUBMISSION_KINDS);
  const state = pick<SubmissionStateCode>(str(sp.state), SUBMISSION_STATES);
  const missingTab = str(sp.tab) === "missing";
  const page = Math.max(1, Number(str(sp.page) || 1) || 1);
  const counts = await inboxCounts(actor, year);
  const query = (p: Record<string, string>) =>
    `/org/submissions?${new URLSearchParams({ year: String(year), ...(kind ? { kind } : {}), ...(state ? { state } : {}), ...p })}`;
  const tabClass = (on: boolean) =>
    `rounded-full border px-3 py-1 ${on ? "border-brand-700 bg-brand-50 font-medium text-brand-800" : "border-surface-line bg-white"}`;
  return (
    <>
      <PageHeader
        title="Hồ sơ gửi lên"
        subtitle={`Báo cáo, hồ sơ các CĐCS trực thuộc đã gửi ${actor.unitName ?? "cấp trên"}: trả lại kèm ý kiến, hoặc tiếp nhận.`}
      />
      <UrlFilterForm>
        <FilterSelect
          name="year"
          label="Năm"
          value={String(year)}
          options={[year + 1, year, year - 1, year - 2].map((y) => [String(y), `Năm ${y}`])}
        />
        <FilterSelect
          name="kind"
          label="Loại hồ sơ"
          value={kind ?? ""}
          all="Mọi loại hồ sơ"
          options={SUBMISSION_KINDS.map((k) => [k, SUBMISSION_KIND_LABELS[k]])}
        />
        {!missingTab && (
          <FilterSelect
            name="state"
            label="Trạng thái"
            value={state ?? ""}
            all="Bản hiện hành (mọi trạng thái)"
            options={SUBMISSION_STATES.map((s) => [s, SUBMISSION_STATE_LABELS[s]])}
          />
        )}
        {missingTab && <input type="hidden" name="tab" value="missing" />}
      </UrlFilterForm>
      <CountsTable year={year} counts={counts} />
      <nav aria-label="Danh sách" className="my-4 flex flex-wrap gap-2 text-sm">
        <Link
          href={query({})}
          aria-current={!missingTab ? "page" : undefined}
          className={tabClass(!missingTab)}
        >
          Đã gửi
        </Link>
        <Link
          href={query({ tab: "missing", kind: kind ?? "SELF_RATING" })}
          aria-current={missingTab ? "page" : undefined}
          className={tabClass(missingTab)}
        >
          Chưa gửi
        </Link>
      </nav>
      {missingTab ? (
        <MissingList year={year} kind={kind ?? "SELF_RATING"} page={page} actor={actor} query={query} />
      ) : (
        <SentList filter={{ year, kind, state, page }} actor={actor} query={query} />
      )}
    </>
  );
}

type ListProps = {
  actor: Awaited<ReturnType<typeof requirePage>>;
  query: (p: Record<string, string>) => string;
};

async function SentList({ filter, actor, query }: ListProps & { filter: Parameters<typeof findInbox>[1] }) {
  const list = await findInbox(actor, filter);
  // Each CĐCS names the year as it keeps it (a school: năm học); the cycle is read once per unit.
  const units = [...new Set(list.rows.map((r) => r.unitId))];
  const byUnit = new Map(
    await Promise.all(units.map(async (u) => [u, await cycleOfYear(u, filter.year)] as const)),
  );
  if (!list.rows.length)
    return (
      <EmptyState title={`Chưa có hồ sơ nào cho năm ${filter.year}`}>
        Xem tab “Chưa gửi” để biết đơn vị nào cần nhắc.
      </EmptyState>
    );
  return (
    <>
      <ul className="divide-y divide-surface-line rounded-card border border-surface-line bg-white">
        {list.rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
            <div className="min-w-0">
              <Link href={`/org/submissions/${r.id}`} className="font-medium text-brand-700 hover:underline">
                {r.unitName}
              </Link>
              <p className="text-sm text-ink-muted">
                {paperLabel(r.kind, filter.year, byUnit.get(r.unitId)!)} · bản {r.version} · gửi ngày{" "}
                {formatDate(r.submittedAt)}
              </p>
            </div>
            <SubmissionStateBadge state={r.state} />
          </li>
        ))}
      </ul>
      <Pagination
        page={list.page}
        pageCount={list.pages}
        total={list.total}
        hrefFor={(p) => query({ page: String(p) })}
        noun="hồ sơ"
      />
    </>
  );
}

async function MissingList({
  year,
  kind,
  page,
  actor,
  query,
}: ListProps & { year: number; kind: SubmissionKindCode; page: number }) {
  const list = await findMissing(actor, year, kind, page);
  return (
    <>
      <p className="mb-2 text-sm text-ink-muted">
        {list.total.toLocaleString("vi-VN")} CĐCS chưa gửi {inSentence(SUBMISSION_KIND_LABELS[kind])} năm{" "}
        {year}.
      </p>
      {list.rows.length === 0 ? (
        <EmptyState title="Mọi CĐCS đã gửi">Không còn đơn vị nào cần nhắc cho loại hồ sơ này.</EmptyState>
      ) : (
        <ul className="divide-y divide-surface-line rounded-card border border-surface-line bg-white">
          {list.rows.map((u) => (
            <li key={u.id} className="px-4 py-3">
              <Link href={`/org/${u.id}`} className="font-medium text-brand-700 hover:underline">
                {u.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pages}
        total={list.total}
        hrefFor={(p) => query({ tab: "missing", kind, page: String(p) })}
        noun="CĐCS"
      />
    </>
  );
}
