// The BCH's rating page for a year whose emulation year has no levels yet (the scheme is set up on
// the emulation year's page): it answered HTTP 500 (the finalisation checklist asked SQL for
// "not one of no levels"). It must say what to set up and link there, and read nothing else.
// Rendered as the signed-in chủ tịch with React's static renderer (async server components included).
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it } from "vitest";
import RatingDecisionPage from "@/app/(app)/rating/page";
import { db } from "@/lib/db";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
// A year of its own, far from the suite's day, so no other fixture has opened it.
const YEAR = 2019;

beforeAll(async () => {
  w = await buildWorld();
  const ey = await db.emulationYear.create({
    data: {
      unitId: w.unit.id,
      year: YEAR,
      registrationDeadline: new Date(`${YEAR}-01-25T00:00:00.000Z`),
      assessmentOpensOn: new Date(`${YEAR}-11-01T00:00:00.000Z`),
      assessmentClosesOn: new Date(`${YEAR}-11-30T00:00:00.000Z`),
    },
  });
  await db.ratingYear.create({ data: { unitId: w.unit.id, year: YEAR, emulationYearId: ey.id } });
}, 90_000);

async function renderAs(userId: string, search: Record<string, string>) {
  actAs(userId);
  const element = await RatingDecisionPage({ searchParams: Promise.resolve(search) });
  const { prelude } = await prerender(element);
  return await new Response(prelude).text();
}

describe("/rating for a year without emulation levels", () => {
  it("tells the chủ tịch the year has no levels and links to the emulation year's setup", async () => {
    const html = await renderAs(w.people.chair.user.id, { year: String(YEAR) });
    expect(html).toContain(`Chưa có mức xếp loại cho năm ${YEAR}`);
    expect(html).toContain(`href="/emulation/years/${YEAR}"`);
  });

  it("tells the UBKT (reads ratings, does not set up the year) who sets it up, with no link", async () => {
    const html = await renderAs(w.people.ubkt.user.id, { year: String(YEAR) });
    expect(html).toContain(`Chưa có mức xếp loại cho năm ${YEAR}`);
    expect(html).toContain("Chủ tịch hoặc phó chủ tịch");
    expect(html).not.toContain(`href="/emulation/years/${YEAR}"`);
  });
});
