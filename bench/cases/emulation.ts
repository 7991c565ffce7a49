// Emulation cases for the bench harness: the BCH's registration overview (counts by tổ × state
// over 60,000 members) and the bulk approval of the 200 forwarded registrations of the big tổ.
import { rawRegistrationOverview } from "../lib/raw-emulation";
import type { BenchCase } from "../lib/types";
import { benchYearId } from "../seed/emulation";

const YEAR = 2026;
const yearId = benchYearId(YEAR);

export const emulationCases: BenchCase[] = [
  {
    name: `Thi đua ${YEAR}: tổng hợp đăng ký theo tổ và trạng thái`,
    kind: "report",
    targetP95Ms: 150,
    run: async (ctx) => {
      const res = await ctx.get(`/emulation?year=${YEAR}`, "chair");
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    },
    raw: ({ pool, ids }) => rawRegistrationOverview(pool, ids.unitId, yearId).then(() => {}),
  },
  {
    name: "Duyệt hàng loạt 200 bản đăng ký của một tổ",
    kind: "action",
    targetP95Ms: 1000,
    runs: 5,
    // Each run puts the 200 back to "Tổ đã chuyển" first (not timed by the app, only this UPDATE).
    run: async (ctx) => {
      await ctx.pool.query(
        `UPDATE "EmulationRegistration" r SET state = 'FORWARDED', "decidedAt" = NULL, "decidedById" = NULL
         FROM (SELECT id FROM "Member" WHERE "groupId" = $2 AND status = 'ACTIVE' ORDER BY id LIMIT 200) m WHERE r."yearId" = $1 AND r."memberId" = m.id`,
        [yearId, ctx.ids.groupIds[0]],
      );
      const result = (await ctx.action(
        "decideRegistrationsAction",
        { yearId, groupId: ctx.ids.groupIds[0], registrationIds: [], decision: "APPROVE", reason: "" },
        "chair",
        `/emulation/registrations?year=${YEAR}`,
      )) as { ok?: boolean };
      if (!result?.ok) throw new Error(`Duyệt không thành công: ${JSON.stringify(result)}`);
    },
  },
];
