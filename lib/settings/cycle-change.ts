import "server-only";
// When the BCH may change the unit's cycle (docs/decisions/0065-school-year-cycle.md): never inside a
// year the unit has opened, so an opened year keeps its dates and its name. The new cycle takes effect
// on the day after the last opened year ends, or later.
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { cycleFrom, cyclePeriod, cycleYearHeading, type Cycle } from "./cycle";
import type { SettingKey } from "./registry";
import { cycleOfYear, unitCycle } from "./unit-cycle";

export const isCycleKey = (key: SettingKey) => key === "cycle.kind" || key === "cycle.start";

/** Refuses a new value of cycle.kind / cycle.start that would take effect inside an opened year. */
export async function assertCycleChangeAllowed(
  unitId: string,
  key: SettingKey,
  value: string | number,
  effectiveFrom: Date,
) {
  if (!isCycleKey(key)) return;
  const from = effectiveFrom.toISOString().slice(0, 10);
  const before = await unitCycle(unitId, from);
  const after: Cycle =
    key === "cycle.kind"
      ? cycleFrom(String(value), before.kind === "school" ? before.start : "09-01")
      : before.kind === "school"
        ? cycleFrom("school", String(value))
        : before;
  if (JSON.stringify(after) === JSON.stringify(before)) return;
  const last = await db.emulationYear.findFirst({
    where: { unitId },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  if (!last) return;
  const cycle = await cycleOfYear(unitId, last.year);
  const { endsOn } = cyclePeriod(last.year, cycle);
  if (from > endsOn.toISOString().slice(0, 10)) return;
  const next = new Date(endsOn.getTime() + 86_400_000);
  const message = `${cycleYearHeading(last.year, cycle)} đã mở (đến ${formatDate(endsOn)}): đổi năm thi đua, xếp loại lúc này sẽ đổi thời gian và tên của năm đó. Hãy chọn ngày hiệu lực từ ${formatDate(next)} trở đi.`;
  throw conflict(message, { effectiveFrom: message });
}
