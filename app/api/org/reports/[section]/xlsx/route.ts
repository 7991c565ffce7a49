import { db } from "@/lib/db";
import { downloadResponse } from "@/lib/http/download";
import { badYear, yearParam } from "@/lib/http/params";
import { createRoute } from "@/lib/http/route";
import { loadRollup } from "@/lib/org/rollup/load";
import { isSection } from "@/lib/org/rollup/table";
import { buildRollupWorkbook } from "@/lib/org/rollup/xlsx";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ section: string }> };

/** One section of the cấp trên's roll-up as Excel (?year=): a row per CĐCS of its subtree and the total. */
export const GET = createRoute<Ctx>(
  { name: "org.reports.xlsx", anyOf: ["org.rollup.read"], what: "báo cáo tổng hợp" },
  async (actor, request, ctx) => {
    const { section } = await ctx.params;
    if (!isSection(section)) return Response.json({ error: "Không có phần báo cáo này." }, { status: 404 });
    const year = yearParam(new URL(request.url).searchParams);
    if (year === null) return badYear();
    const [table, upper] = await Promise.all([
      loadRollup(actor, section, year),
      db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: { name: true } }),
    ]);
    return downloadResponse(await buildRollupWorkbook(table, upper.name), `tong-hop-${section}-${year}`, "xlsx");
  },
);
