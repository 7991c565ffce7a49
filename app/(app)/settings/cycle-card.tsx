// The unit's year for emulation and rating (lib/settings/cycle.ts): what it is today, the year in
// progress, and how to change it (a dated value in the table below, refused inside an opened year).
import { Card, DetailList } from "@/components/ui/card";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { cyclePeriod, cycleStart, cycleYearHeading, cycleYearOf } from "@/lib/settings/cycle";
import { unitCycle } from "@/lib/settings/unit-cycle";

export async function CycleCard({ unitId }: { unitId: string }) {
  const cycle = await unitCycle(unitId);
  const year = cycleYearOf(clock.today(), cycle);
  const { startsOn, endsOn } = cyclePeriod(year, cycle);
  const start = cycleStart(cycle).split("-").reverse().join("/");
  return (
    <Card title="Năm thi đua, đánh giá xếp loại">
      <div data-testid="cycle-card">
        <DetailList
          items={[
            [
              "Theo",
              cycle.kind === "school"
                ? `Năm học, bắt đầu ngày ${start} hằng năm`
                : "Năm dương lịch (01/01 – 31/12)",
            ],
            [
              "Năm đang diễn ra",
              `${cycleYearHeading(year, cycle)} (${formatDate(startsOn)} – ${formatDate(endsOn)})`,
            ],
          ]}
        />
        <p className="mt-3 text-sm text-ink-muted">
          Đăng ký thi đua, tự đánh giá, bình xét và xếp loại tính theo năm này; sổ thăm hỏi, thu chi và đoàn
          phí vẫn theo năm dương lịch. Để đổi, thêm giá trị mới cho “Năm thi đua, đánh giá xếp loại” hoặc
          “Ngày bắt đầu năm học” ở bảng dưới, với ngày hiệu lực sau khi năm đã mở gần nhất kết thúc: năm đã mở
          giữ nguyên thời gian và tên gọi.
        </p>
      </div>
    </Card>
  );
}
