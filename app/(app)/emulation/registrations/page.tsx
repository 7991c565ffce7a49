import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { namesOf } from "@/components/emulation/registration-summary";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass } from "@/components/ui/field";
import { can, requirePage } from "@/lib/auth/current-user";
import { approvalHeading } from "@/lib/emulation/headings";
import { REGISTRATION_STATE_LABELS, REGISTRATION_STATES } from "@/lib/emulation/labels";
import { getCatalogue } from "@/lib/emulation/queries/catalogue";
import { findRegistrations, parseListParams } from "@/lib/emulation/queries/registrations";
import { resolveYear } from "@/lib/emulation/queries/years";
import { listGroupOptions } from "@/lib/groups/queries";
import { pageYear } from "@/lib/http/params";
import { yearMetadata } from "@/lib/settings/year-metadata";
import { ApprovalList } from "./approval-list";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("Duyệt đăng ký thi đua", searchParams);
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RegistrationsPage({ searchParams }: Props) {
  const actor = await requirePage("emulation.read.all");
  const sp = await searchParams;
  const { year } = await resolveYear(
    actor.unitId,
    typeof sp.year === "string" && sp.year ? pageYear(sp.year) : null,
  );
  if (!year) notFound();
  const p = parseListParams(sp);
  const [list, catalogue, groups] = await Promise.all([
    findRegistrations(actor, year.id, p),
    getCatalogue(actor.unitId, { archived: true }),
    listGroupOptions(actor),
  ]);
  const href = (over: Record<string, string | number>) => {
    const q = new URLSearchParams({ year: String(year.year) });
    for (const [k, v] of Object.entries({
      group: p.group,
      state: p.state === "pending" ? "" : p.state,
      q: p.q,
      ...over,
    }))
      if (v !== "" && String(v) !== "1") q.set(k, String(v));
    return `/emulation/registrations?${q}`;
  };
  const rows = list.rows.map((r) => ({
    id: r.id,
    state: r.state,
    name: r.member?.fullName ?? `Tập thể ${r.group?.name ?? ""}`,
    groupName: r.member?.group.name ?? r.group?.name ?? "",
    titles: namesOf(r.titleIds, catalogue.titles),
    movements: namesOf(r.movementIds, catalogue.movements),
    commitments: r.commitments,
    returnReason: r.returnReason,
  }));
  return (
    <>
      <PageHeader
        title={approvalHeading(year.year, year.cycle)}
        subtitle={`${list.total.toLocaleString("vi-VN")} bản đăng ký phù hợp`}
        actions={
          <Link href={`/emulation?year=${year.year}`} className={buttonClass("secondary")}>
            ← Tổng hợp theo tổ
          </Link>
        }
      />
      <form
        className="mb-4 grid grid-cols-1 gap-2 sm:grid-cols-[1fr_12rem_12rem_auto]"
        action="/emulation/registrations"
      >
        <input type="hidden" name="year" value={year.year} />
        <input
          name="q"
          defaultValue={p.q}
          placeholder="Tìm theo tên"
          aria-label="Tìm theo tên"
          className={inputClass()}
        />
        <select name="group" defaultValue={p.group} aria-label="Tổ" className={inputClass()}>
          <option value="">Tất cả tổ</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <select name="state" defaultValue={p.state} aria-label="Trạng thái" className={inputClass()}>
          <option value="pending">Đang chờ duyệt</option>
          <option value="all">Mọi trạng thái</option>
          {REGISTRATION_STATES.map((s) => (
            <option key={s} value={s}>
              {REGISTRATION_STATE_LABELS[s]}
            </option>
          ))}
        </select>
        <button className={buttonClass("secondary")}>Lọc</button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title="Không có bản đăng ký nào phù hợp">
          {p.state === "pending" ? (
            "Không còn bản nào chờ duyệt. Xem các tổ còn thiếu ở trang tổng hợp để nhắc đoàn viên."
          ) : (
            <Link href={href({ state: "", group: "", q: "" })} className="text-brand-700 underline">
              Xóa bộ lọc
            </Link>
          )}
        </EmptyState>
      ) : (
        <ApprovalList
          rows={rows}
          yearId={year.id}
          groupId={p.group}
          canDecide={can(actor, "emulation.approve") && year.status === "OPEN"}
        />
      )}
      <Pagination
        page={p.page}
        pageCount={list.pages}
        total={list.total}
        hrefFor={(page) => href({ page })}
      />
    </>
  );
}
