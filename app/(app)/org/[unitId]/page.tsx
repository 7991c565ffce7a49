import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, DetailList } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { chairPanel } from "@/lib/org/chair-panel";
import { findOrgUnit } from "@/lib/org/queries";
import { CHAIR_STATE_LABELS, ORG_KIND_LABELS } from "@/lib/org/schema";
import { InviteChairForm } from "./invite-chair-form";
import { ResendInviteButton } from "./resend-invite-button";
import { UnitAggregates } from "./unit-aggregates";

export const metadata: Metadata = { title: "Công đoàn cơ sở" };

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function OrgUnitPage({ params, searchParams }: Props) {
  const actor = await requirePage("org.read");
  const { unitId } = await params;
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  const unit = await findOrgUnit(actor, unitId);
  if (!unit) notFound();
  const panel = chairPanel(unit, can(actor, "org.invite"), clock.now());
  return (
    <>
      <PageHeader
        title={unit.name}
        subtitle={`${ORG_KIND_LABELS[unit.kind]} · ${unit.placeName} · thuộc ${unit.parent?.name ?? ""}`}
        actions={
          <Link href="/org" className={buttonClass("secondary")}>
            ← Danh sách CĐCS
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Tổng hợp">
          <DetailList
            items={[
              // Today's count; the year's figures below count everyone in a tổ on 31/12 (tạm ngừng too).
              ["Đoàn viên đang sinh hoạt hôm nay", unit.activeMembers.toLocaleString("vi-VN")],
              [
                "Chủ tịch",
                unit.chair ? (
                  <span className="flex flex-wrap items-center gap-2">
                    {unit.chair.fullName}
                    <Badge tone={CHAIR_STATE_LABELS[unit.chair.state].tone}>
                      {CHAIR_STATE_LABELS[unit.chair.state].unit}
                    </Badge>
                  </span>
                ) : (
                  "Chưa mời"
                ),
              ],
            ]}
          />
        </Card>
        <Card title="Tài khoản chủ tịch">
          {panel.account && unit.chair && (
            <p className="mb-3 text-sm" data-testid="chair-account">
              {unit.chair.fullName} · {unit.chair.email} ·{" "}
              {unit.chair.lastLoginAt
                ? `đăng nhập lần cuối ngày ${formatDate(unit.chair.lastLoginAt)}`
                : "chưa ghi nhận lần đăng nhập"}
            </p>
          )}
          {unit.invites.length > 0 && (
            <ul className="mb-3 flex flex-col gap-2 text-sm">
              {unit.invites.map((i) => (
                <li key={i.id}>
                  {i.fullName} ({i.email}): mời ngày {formatDate(i.createdAt)}
                  {i.usedAt
                    ? `, đã nhận ngày ${formatDate(i.usedAt)}`
                    : i.expiresAt <= clock.now()
                      ? `, đã hết hạn ngày ${formatDate(i.expiresAt)}`
                      : `, hạn đến ${formatDate(i.expiresAt)}`}
                </li>
              ))}
            </ul>
          )}
          {/* Always mounted: the link it shows once must survive the refresh that lists the new invite. */}
          {panel.resend && <ResendInviteButton unitId={unit.id} />}
          <InviteChairForm unitId={unit.id} canInvite={panel.form} />
          {!panel.form && !unit.chair && <p className="text-sm text-ink-muted">Chưa mời chủ tịch.</p>}
        </Card>
      </div>
      {can(actor, "org.rollup.read") && unit.kind === "GRASSROOTS" && (
        <UnitAggregates
          actor={actor}
          unitId={unit.id}
          year={year}
          years={Array.from({ length: 6 }, (_, i) => clock.thisYear() - i)}
        />
      )}
    </>
  );
}
