import { listGroupOptions } from "@/lib/groups/queries";
import { createRoute } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * The tổ a member can be moved to, `{ groups: [{ id, name }] }`, fetched by the status dialog when
 * its "Tổ chuyển đến" field first shows, so a member's page does not carry the unit's whole tổ list
 * on every view (decision 0100). Scoped in SQL by listGroupOptions; same permission as the action.
 */
export const GET = createRoute(
  { name: "groups.options", anyOf: ["members.write"], verb: "xem", what: "danh sách tổ" },
  async (actor) =>
    Response.json({ groups: await listGroupOptions(actor) }, { headers: { "Cache-Control": "no-store" } }),
);
