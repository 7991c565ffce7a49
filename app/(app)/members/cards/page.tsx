import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { advanceCardRequestAction, requestCardAction } from "@/lib/members/cards/actions";
import { CARD_KIND_LABELS, CARD_STATUS_LABELS, canMoveCard } from "@/lib/members/cards/labels";
import { cardPeriod } from "@/lib/members/cards/period";
import { listCardRequests } from "@/lib/members/cards/queries";
import { PaperForm } from "../paper-form";

export const metadata: Metadata = { title: "Đề nghị cấp thẻ đoàn viên" };

const TONE = { REQUESTED: "amber", SENT: "blue", RECEIVED: "green", CANCELLED: "gray" } as const;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CardsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("members.export");
  const sp = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) if (typeof v === "string") params.set(k, v);
  const { from, to, error } = cardPeriod(params, clock.todayIso());
  const q = `from=${from}&to=${to}`;
  const write = can(actor, "members.write");
  const [rows, members] = await Promise.all([
    listCardRequests(actor, from, to),
    write
      ? db.member.findMany({
          where: { unitId: actor.unitId, status: { in: ["ACTIVE", "SUSPENDED"] } },
          orderBy: { sortName: "asc" },
          select: { id: true, fullName: true, cardNumber: true },
          take: 3000,
        })
      : Promise.resolve([]),
  ]);
  const today = formatDate(clock.today());
  return (
    <>
      <PageHeader
        title="Đề nghị cấp thẻ đoàn viên"
        subtitle={`Từ ${formatDate(from)} đến ${formatDate(to)} · ${rows.length} đề nghị`}
        actions={
          <>
            <a href={`/api/members/cards?${q}&format=xlsx`} className={buttonClass("secondary")}>
              Xuất Excel
            </a>
            <Link href={`/print/members/cards?${q}`} className={buttonClass("secondary")}>
              In danh sách gửi cấp trên
            </Link>
            {write && (
              <PaperForm
                variant="primary"
                open="+ Đề nghị cấp thẻ"
                title="Đề nghị cấp thẻ đoàn viên"
                submit="Lưu đề nghị"
                done="Đã ghi đề nghị cấp thẻ."
                action={requestCardAction}
                fields={[
                  {
                    name: "memberId",
                    label: "Đoàn viên",
                    kind: "select",
                    required: true,
                    options: members.map((m) => ({
                      value: m.id,
                      label: `${m.fullName}${m.cardNumber ? ` (thẻ ${m.cardNumber})` : ""}`,
                    })),
                  },
                  {
                    name: "kind",
                    label: "Loại đề nghị",
                    kind: "select",
                    options: Object.entries(CARD_KIND_LABELS).map(([value, label]) => ({ value, label })),
                  },
                  { name: "requestedOn", label: "Ngày đề nghị", kind: "date", required: true, value: today },
                  { name: "reason", label: "Ghi chú", kind: "textarea" },
                ]}
              />
            )}
          </>
        }
      />
      <Card title="Kỳ">
        {error && (
          <p role="alert" className="mb-2 text-sm text-red-700">
            {error}
          </p>
        )}
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
          <label className="flex flex-col gap-1">
            Từ ngày
            <input
              name="from"
              defaultValue={formatDate(from)}
              className="rounded border border-surface-line px-2 py-1.5"
            />
          </label>
          <label className="flex flex-col gap-1">
            Đến ngày
            <input
              name="to"
              defaultValue={formatDate(to)}
              className="rounded border border-surface-line px-2 py-1.5"
            />
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            Xem
          </button>
        </form>
        {rows.length === 0 ? (
          <EmptyState title="Không có đề nghị cấp thẻ nào trong kỳ." />
        ) : (
          <ul className="divide-y divide-surface-line" aria-label="Đề nghị cấp thẻ">
            {rows.map((r) => (
              <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    <Link href={`/members/${r.member.id}`} className="text-brand underline">
                      {r.member.fullName}
                    </Link>{" "}
                    <Badge tone={TONE[r.status]}>{CARD_STATUS_LABELS[r.status]}</Badge>
                  </p>
                  <p className="text-sm text-ink-muted">
                    {CARD_KIND_LABELS[r.kind]} · đề nghị {formatDate(r.requestedOn)}
                    {r.sentOn ? ` · gửi ${formatDate(r.sentOn)}` : ""}
                    {r.receivedOn
                      ? ` · nhận thẻ ${formatDate(r.receivedOn)} (số ${r.cardNumber})`
                      : ""} · {r.member.group.name}
                  </p>
                </div>
                {write && (
                  <div className="flex flex-wrap gap-2">
                    {canMoveCard(r.status, "SENT") && (
                      <PaperForm
                        open="Đã gửi…"
                        title={`Gửi cấp trên: ${r.member.fullName}`}
                        submit="Ghi nhận đã gửi"
                        done="Đã ghi nhận gửi cấp trên."
                        action={advanceCardRequestAction}
                        fixed={{ id: r.id, to: "SENT" }}
                        fields={[
                          { name: "on", label: "Ngày gửi", kind: "date", required: true, value: today },
                        ]}
                      />
                    )}
                    {canMoveCard(r.status, "RECEIVED") && (
                      <PaperForm
                        open="Đã nhận thẻ…"
                        title={`Nhận thẻ: ${r.member.fullName}`}
                        submit="Ghi nhận đã nhận thẻ"
                        done="Đã ghi số thẻ vào hồ sơ đoàn viên."
                        action={advanceCardRequestAction}
                        fixed={{ id: r.id, to: "RECEIVED" }}
                        fields={[
                          { name: "on", label: "Ngày nhận thẻ", kind: "date", required: true, value: today },
                          { name: "cardNumber", label: "Số thẻ được cấp", kind: "text", required: true },
                        ]}
                      />
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
