// Child process of rating-kill.ts: runs the real finalisation handler (lib/rating) against the
// fault database, as the chủ tịch. Argument: unit id, rating year id.
import { permissionsFor } from "../../lib/permissions";

async function main() {
  const [unitId, ratingYearId] = process.argv.slice(2);
  const { finaliseRatingYear } = await import("../../lib/rating/decision/finalise-rating-year");
  const actor = {
    userId: "fault-user",
    email: "fault@test.vn",
    unitId,
    memberId: null,
    fullName: "Fault",
    ownGroupId: null,
    ledGroupIds: [],
    roles: ["chair" as const],
    permissions: permissionsFor(["chair"]),
    isSystemAdmin: false,
  };
  console.log("finalise start");
  // The fault year has members only: the rest of the checklist is overridden, with a reason.
  const r = await finaliseRatingYear(actor, {
    ratingYearId,
    overrideReason: "Kiểm thử sự cố: chốt khi chuỗi cuối năm còn thiếu",
  });
  console.log(`finalise done ${r.stamped}`);
  process.exit(0);
}

main().catch((err) => {
  console.log(`finalise failed ${String((err as Error).message).split("\n")[0]}`);
  process.exit(2);
});
