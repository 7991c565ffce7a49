import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import { getCollectiveTemplate } from "@/lib/rating/collectives/queries";
import { isUnitType, matchUnitTemplate, UNIT_TYPES, unitTemplateFor } from "@/lib/rating/defaults";
import { resolveRatingYear } from "@/lib/rating/page-year";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { getSetting } from "@/lib/settings/queries";
import { CollectiveTemplateForm } from "./collective-template-form";

export const metadata: Metadata = { title: "Mẫu tiêu chí xếp loại tổ, CĐCS" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function CollectiveTemplatePage({ searchParams }: Props) {
  const actor = await requirePage("rating.read.all");
  const sp = await searchParams;
  const scope = sp.scope === "UNIT" ? "UNIT" : "GROUP";
  const { year, r, cycle } = await resolveRatingYear(actor, sp.year);
  const title = `Mẫu tiêu chí ${scope === "GROUP" ? "tổ công đoàn" : "CĐCS"} ${cycleYearLabel(year, cycle)}`;
  const back = (
    <Link href={`/rating/collectives?year=${year}`} className={buttonClass("secondary")}>
      ← Tổ và CĐCS
    </Link>
  );
  if (!r)
    return (
      <>
        <PageHeader title={title} actions={back} />
        <EmptyState title={`Chưa mở đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}>
          Mẫu được tạo khi mở đánh giá (mẫu năm trước, hoặc mẫu mặc định).
        </EmptyState>
      </>
    );
  const [t, type] = await Promise.all([
    getCollectiveTemplate(r, scope),
    getSetting(actor.unitId, "unit.type", `${year}-12-31`),
  ]);
  const editable = r.status === "OPEN" && can(actor, "rating.manage") && !t.locked;
  const unitType = isUnitType(type.value) ? type.value : "hcsn";
  const sheet = unitTemplateFor(unitType, `${year}-12-31`);
  const inUse = scope === "UNIT" ? matchUnitTemplate(t.criteria) : null;
  return (
    <>
      <PageHeader title={title} actions={back} />
      <Card className="max-w-4xl">
        {t.locked && (
          <p className="mb-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            Đã có {t.scored} điểm chấm theo mẫu này, nên mẫu đã khóa để mọi bên cùng một thang điểm.
          </p>
        )}
        {!t.locked && !can(actor, "rating.manage") && (
          <p className="mb-3 text-sm text-ink-muted">Chủ tịch hoặc phó chủ tịch sửa mẫu tiêu chí.</p>
        )}
        {scope === "UNIT" && (
          <div
            className="mb-3 rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900"
            data-testid="sheet-source"
          >
            <p>
              Loại hình đơn vị: <b>{UNIT_TYPES[unitType]}</b> (sửa ở{" "}
              <Link href="/settings" className="underline">
                Cài đặt
              </Link>
              ).{" "}
              {inUse
                ? `Bảng điểm đang dùng: mẫu khu vực ${UNIT_TYPES[inUse.unitType]} theo ${inUse.guidance}.`
                : "Bảng điểm đang dùng đã được Ban Chấp hành điều chỉnh so với mẫu."}
            </p>
            {!sheet.verified && (
              <p className="mt-1">
                Thang điểm khu vực {UNIT_TYPES[sheet.unitType]} là mặc định ban đầu: đối chiếu hướng dẫn của
                công đoàn cấp trên và sửa lại cho đúng trước khi chấm.
              </p>
            )}
          </div>
        )}
        <CollectiveTemplateForm
          editable={editable}
          initial={{ ratingYearId: r.id, scope, criteria: t.criteria }}
          suggested={
            scope === "UNIT" && inUse?.key !== sheet.key
              ? { label: `Dùng mẫu khu vực ${UNIT_TYPES[sheet.unitType]}`, criteria: sheet.criteria }
              : undefined
          }
        />
      </Card>
    </>
  );
}
