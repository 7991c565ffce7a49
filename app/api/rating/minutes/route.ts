import { minutesDoc } from "@/lib/rating/reports/docs/minutes-doc";
import { getGroupMinutes } from "@/lib/rating/reports/queries/group-minutes";
import { reportRoute } from "@/lib/rating/reports/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A tổ's biên bản bình xét (?year=&group=&format=): BCH, UBKT, and the tổ trưởng of that tổ. */
export const GET = reportRoute(
  {
    name: "minutes",
    anyOf: ["rating.export", "rating.review.group"],
    what: "biên bản họp tổ",
    file: "bien-ban-binh-xet",
  },
  async (actor, year, params) => {
    const groupId = params.get("group") || actor.ledGroupIds[0];
    const d = groupId ? await getGroupMinutes(actor, year, groupId) : null;
    return d ? minutesDoc(d) : null;
  },
);
