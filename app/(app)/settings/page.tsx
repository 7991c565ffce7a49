import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card, DetailList } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { toDateInput } from "@/lib/format";
import { getSettingsOverview, getUnit } from "@/lib/settings/queries";
import { CycleCard } from "./cycle-card";
import { SettingsTable } from "./settings-table";
import { UnitForm } from "./unit-form";

export const metadata: Metadata = { title: "Cài đặt" };

export default async function SettingsPage() {
  const actor = await requirePage("settings.read");
  const canWrite = can(actor, "settings.write");
  const [unit, overview] = await Promise.all([getUnit(actor.unitId), getSettingsOverview(actor.unitId)]);
  const today = toDateInput(clock.today());

  return (
    <>
      <PageHeader
        title="Cài đặt"
        subtitle={
          canWrite
            ? "Thông tin in trên văn bản và các quy định thay đổi theo thời gian."
            : "Bạn đang xem ở chế độ chỉ đọc."
        }
        actions={
          <>
            {can(actor, "access-log.read") && (
              <Link href="/settings/access-log" className={buttonClass("secondary")}>
                Nhật ký truy cập hồ sơ
              </Link>
            )}
            {can(actor, "accounts.manage") && (
              <Link href="/settings/accounts" className={buttonClass("secondary")}>
                Tài khoản đăng nhập
              </Link>
            )}
          </>
        }
      />
      <div className="flex flex-col gap-5">
        <Card title="Thông tin đơn vị">
          {canWrite ? (
            <UnitForm initial={{ name: unit.name, parentName: unit.parentName, placeName: unit.placeName }} />
          ) : (
            <DetailList
              items={[
                ["Tên công đoàn cơ sở", unit.name],
                ["Công đoàn cấp trên", unit.parentName],
                ["Địa danh (in trên văn bản)", unit.placeName],
              ]}
            />
          )}
        </Card>
        <CycleCard unitId={actor.unitId} />
        <Card title="Quy định theo thời gian">
          <p className="mb-3 text-sm text-ink-muted">
            Mỗi quy định áp dụng giá trị có ngày hiệu lực gần nhất. Giá trị cũ được giữ lại để tính đúng cho
            các kỳ trước.
          </p>
          <SettingsTable items={overview} today={today} canWrite={canWrite} />
        </Card>
      </div>
    </>
  );
}
