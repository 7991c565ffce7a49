import "server-only";
// The programme's reads, scoped to the actor's unit: every member of the unit reads it.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { currentCycleYear } from "@/lib/settings/unit-cycle";
import { loadProgramme } from "./load";

/** The unit's current cycle year: the programme's default year. */
export const programmeYearNow = (actor: Actor) => currentCycleYear(actor.unitId);

export const findProgramme = (actor: Actor, year: number) => loadProgramme(actor.unitId, year);

/** Who may be in charge of an item: the unit's active members, the BCH first. */
export async function findOwnerOptions(actor: Actor) {
  const members = await db.member.findMany({
    where: { unitId: actor.unitId, status: "ACTIVE" },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fullName: true,
      positions: {
        where: { endOn: null, office: { in: ["CHAIR", "VICE_CHAIR", "BCH_MEMBER", "TREASURER"] } },
        select: { office: true },
      },
    },
  });
  const bch = members.filter((m) => m.positions.length > 0);
  const rest = members.filter((m) => m.positions.length === 0);
  return [
    ...bch.map((m) => ({ value: m.id, label: `${m.fullName} (BCH)` })),
    ...rest.map((m) => ({ value: m.id, label: m.fullName })),
  ];
}

/** How many items last year's programme has: the "Sao chép từ năm trước" button shows with them. */
export const countProgrammeItems = (actor: Actor, year: number) =>
  db.programmeItem.count({ where: { unitId: actor.unitId, year } });
