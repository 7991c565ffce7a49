import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import { pageYear } from "@/lib/http/params";
import { linkHref, STATE_LABELS, STATE_TONES } from "@/lib/programme/labels";
import { findLinkOptions } from "@/lib/programme/links";
import { countStates, groupByPeriod, type ProgrammeRow } from "@/lib/programme/load";
import { periodOptions } from "@/lib/programme/periods";
import {
  countProgrammeItems,
  findOwnerOptions,
  findProgramme,
  programmeYearNow,
} from "@/lib/programme/queries";
import { cycleYearHeading, cycleYearLabel, cycleYearShort } from "@/lib/settings/cycle";
import { CopyButton } from "./copy-button";
import { type FieldSpec, ProgrammeForm } from "./programme-form";

export const metadata: Metadata = { title: "Chương trình công tác" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProgrammePage({ searchParams }: Props) {
  const actor = await requirePage("programme.read");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined, await programmeYearNow(actor));
  const manage = can(actor, "programme.manage");
  const p = await findProgramme(actor, year);
  const [owners, links, lastYearCount] = manage
    ? await Promise.all([
        findOwnerOptions(actor),
        findLinkOptions(actor.unitId, year, p.cycle),
        countProgrammeItems(actor, year - 1),
      ])
    : [[], [], 0];
  const periods = periodOptions(year, p.cycle);
  const c = countStates(p.items);
  const ownerField: FieldSpec = {
    name: "ownerMemberId",
    label: "Người phụ trách",
    type: "select",
    options: [{ value: "", label: "— Chưa phân công —" }, ...owners],
  };
  const linkField: FieldSpec = {
    name: "link",
    label: "Hồ sơ thực hiện",
    type: "select",
    hint: "Cuộc họp đã họp, phong trào đã phát động, lần thăm hỏi đã thực hiện: nội dung tự tính là đã thực hiện.",
    options: [{ value: "", label: "— Chưa gắn —" }],
    groups: links,
  };
  const yearLink = (y: number) => (
    <Link href={`/programme?year=${y}`} className={buttonClass("secondary")}>
      {y < year ? `‹ ${cycleYearShort(y, p.cycle)}` : `${cycleYearShort(y, p.cycle)} ›`}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={`Chương trình công tác ${p.yearLabel}`}
        subtitle="Kế hoạch công tác của Ban Chấp hành theo tháng, quý: ai phụ trách, việc gì đã làm, việc gì chuyển hoặc bỏ và vì sao."
        actions={
          <>
            {yearLink(year - 1)}
            {yearLink(year + 1)}
            <Link href={`/print/programme?year=${year}`} className={buttonClass("secondary")}>
              In chương trình
            </Link>
            <a href={`/api/programme/xlsx?year=${year}`} className={buttonClass("secondary")}>
              Tải Excel
            </a>
          </>
        }
      />
      <div className="flex flex-col gap-5">
        <Card
          title={`${cycleYearHeading(year, p.cycle)}: ${c.total} nội dung`}
          actions={
            manage && (
              <div className="flex flex-wrap gap-2">
                {lastYearCount > 0 && (
                  <CopyButton year={year} lastYearLabel={cycleYearLabel(year - 1, p.cycle)} />
                )}
                <ProgrammeForm
                  form="create"
                  openLabel="Thêm nội dung"
                  title={`Thêm nội dung vào chương trình ${p.yearLabel}`}
                  testId="new-programme-item"
                  fixed={{ year }}
                  defaults={{ period: periods[0].value, title: "", content: "", ownerMemberId: "", link: "" }}
                  fields={[
                    {
                      name: "period",
                      label: "Tháng / quý",
                      type: "select",
                      options: periods,
                      required: true,
                    },
                    { name: "title", label: "Nội dung công việc", type: "text", required: true },
                    { name: "content", label: "Diễn giải", type: "textarea" },
                    ownerField,
                    linkField,
                  ]}
                  success="Đã thêm vào chương trình."
                />
              </div>
            )
          }
        >
          <p className="text-sm" data-testid="programme-counts">
            Đã thực hiện {c.done} · Chuyển kỳ {c.moved} · Không thực hiện {c.dropped} · Kế hoạch {c.planned}
          </p>
        </Card>
        {p.items.length === 0 ? (
          <EmptyState title={`Chưa có chương trình công tác ${p.yearLabel}`}>
            {manage
              ? lastYearCount > 0
                ? "Bắt đầu bằng “Sao chép từ năm trước”, rồi sửa cho năm nay; hoặc thêm từng nội dung theo tháng, quý."
                : "Thêm từng nội dung theo tháng, quý, với người phụ trách."
              : "Ban Chấp hành lập chương trình công tác năm ở đây."}
          </EmptyState>
        ) : (
          groupByPeriod(p.items).map((g) => (
            <Card key={g.period} title={g.label}>
              <ul className="flex flex-col divide-y divide-surface-line" data-testid="programme-period">
                {g.items.map((i) => (
                  <ItemRow
                    key={i.id}
                    i={i}
                    manage={manage}
                    periods={periods}
                    ownerField={ownerField}
                    linkField={linkField}
                  />
                ))}
              </ul>
            </Card>
          ))
        )}
      </div>
    </>
  );
}

function ItemRow({
  i,
  manage,
  periods,
  ownerField,
  linkField,
}: {
  i: ProgrammeRow;
  manage: boolean;
  periods: { value: string; label: string }[];
  ownerField: FieldSpec;
  linkField: FieldSpec;
}) {
  const href = linkHref(i.linkKind, i.linkId);
  const next =
    i.storedState === "DONE" || i.storedState === "DROPPED"
      ? [{ value: "PLANNED", label: "Đưa về kế hoạch" }]
      : [
          { value: "DONE", label: "Đã thực hiện" },
          { value: "MOVED", label: "Chuyển sang tháng / quý khác" },
          { value: "DROPPED", label: "Không thực hiện (bỏ)" },
        ];
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 py-3" data-testid="programme-item">
      <div className="min-w-0 flex-1 basis-64">
        {/* A dropped item is struck through, not faded: faded grey text fails the contrast ratio. */}
        <p className={`font-medium text-ink ${i.state === "DROPPED" ? "line-through" : ""}`}>{i.title}</p>
        {i.content && <p className="text-sm">{i.content}</p>}
        <p className="text-xs text-ink-muted">
          Phụ trách: {i.ownerName ?? "chưa phân công"}
          {i.linkLabel && (
            <>
              {" · "}
              {href ? (
                <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">
                  {i.linkLabel}
                </Link>
              ) : (
                i.linkLabel
              )}
            </>
          )}
        </p>
        {(i.stateReason || i.movedFrom) && (
          <p className="text-xs text-ink-muted">
            {i.movedFrom &&
              `Kế hoạch ban đầu: ${i.movedFrom.startsWith("M") ? "tháng" : "quý"} ${i.movedFrom.slice(1)}. `}
            {i.stateReason && `Lý do: ${i.stateReason}`}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={STATE_TONES[i.state]}>
          {STATE_LABELS[i.state]}
          {i.doneByLink && " (theo hồ sơ)"}
        </Badge>
        {manage && i.storedState !== "DROPPED" && (
          <ProgrammeForm
            form="update"
            variant="secondary"
            openLabel="Sửa"
            title="Sửa nội dung"
            fixed={{ id: i.id }}
            defaults={{
              title: i.title,
              content: i.content,
              ownerMemberId: i.ownerMemberId ?? "",
              link: i.linkKind ? `${i.linkKind}:${i.linkId}` : "",
            }}
            fields={[
              { name: "title", label: "Nội dung công việc", type: "text", required: true },
              { name: "content", label: "Diễn giải", type: "textarea" },
              ownerField,
              linkField,
            ]}
            success="Đã lưu."
          />
        )}
        {manage && (
          <ProgrammeForm
            form="state"
            variant="secondary"
            openLabel="Cập nhật"
            title={`Cập nhật: ${i.title}`}
            fixed={{ id: i.id }}
            defaults={{ state: next[0].value, reason: "", period: i.period }}
            fields={[
              { name: "state", label: "Trạng thái mới", type: "select", options: next, required: true },
              { name: "period", label: "Chuyển đến (khi chuyển kỳ)", type: "select", options: periods },
              { name: "reason", label: "Lý do (bắt buộc khi chuyển hoặc bỏ)", type: "textarea" },
            ]}
            success="Đã cập nhật."
          />
        )}
      </div>
    </li>
  );
}
