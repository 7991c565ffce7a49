import "server-only";
// A year page's <title> with the unit's cycle label: "Bình xét danh hiệu thi đua năm học 2025–2026".
// The cycle reads are cached per request (unit-cycle.ts), so the page itself reads them for free.
import type { Metadata } from "next";
import { getActor } from "@/lib/auth/current-user";
import { pageYear } from "@/lib/http/params";
import { cycleYearLabel } from "./cycle";
import { currentCycleYear, cycleOfYear } from "./unit-cycle";

export async function yearMetadata(
  title: string,
  searchParams: Promise<{ year?: string | string[] }>,
): Promise<Metadata> {
  const actor = await getActor();
  if (!actor) return { title };
  const raw = (await searchParams).year;
  const year = pageYear(typeof raw === "string" ? raw : undefined, await currentCycleYear(actor.unitId));
  return { title: `${title} ${cycleYearLabel(year, await cycleOfYear(actor.unitId, year))}` };
}
