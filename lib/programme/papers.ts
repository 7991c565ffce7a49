import "server-only";
// The programme's paper from one data function: the print page, the PDF and the DOCX (decision 0055).
import type { Actor } from "@/lib/auth/current-user";
import { getUnit } from "@/lib/settings/queries";
import { loadProgramme } from "./load";
import { programmePaper } from "./paper";

export async function getProgrammePaper(actor: Actor, year: number) {
  const [unit, p] = await Promise.all([getUnit(actor.unitId), loadProgramme(actor.unitId, year)]);
  return programmePaper({ name: unit.name, parentName: unit.parentName, placeName: unit.placeName }, p);
}
