// The meetings rows of the route-handler matrix: one row per exported method of each
// app/api/**/route.ts of this feature, keyed "/api/<path> <METHOD>" (see route-matrix-kit.ts and
// the Foundation rows in route-matrix.ts). route-matrix.test.ts fails while a route has no row.
import { db } from "@/lib/db";
import { tag } from "./matrix-kit";
import { makeMeeting } from "./meetings-fixtures";
import {
  lastWord,
  readDocx,
  readPdf,
  readXlsx,
  ROUTE_READERS,
  routeRow,
  type RouteExpected,
  type RouteMatrixRow,
} from "./route-matrix-kit";
import type { RoleKey, World } from "./world";
import { makeMember } from "../../factories/records";

/**
 * Signed minutes of a tổ A meeting to which the đoàn viên and the tổ trưởng of tổ A were invited,
 * with one absentee whose name no other cell uses: the biên bản names absentees.
 */
async function signedMinutes(w: World) {
  const absent = await makeMember(db, {
    unitId: w.unit.id,
    groupId: w.groupA.id,
    fullName: `Lê Thị Vắng ${tag()}`,
  });
  const invitees = [w.people.member.member.id, w.people.leaderSameGroup.member.id, absent.id];
  const meeting = await makeMeeting(w, {
    status: "MINUTES_SIGNED",
    invite: invitees,
    present: invitees.slice(0, 2),
  });
  return { meeting, absent };
}

/** Who may read these signed minutes: the unit-wide readers, the tổ's leader, and the invited đoàn viên. */
const MINUTES_READERS: Record<RoleKey, RouteExpected> = {
  ...ROUTE_READERS,
  member: "ok",
  leaderSameGroup: "ok",
  // Not their tổ, not invited: the meeting does not exist for them.
  leaderOtherGroup: 404,
  chairOfOtherUnit: 404,
};

const minutesRow = (read: (res: Response) => Promise<string>) =>
  routeRow({
    permission: "meetings.read.all / meetings.read.group / meetings.read.own",
    scope: "own tổ",
    prepare: signedMinutes,
    request: (f) => ({ params: { id: f.meeting.id } }),
    read,
    secret: (f) => lastWord(f.absent.fullName),
    expected: MINUTES_READERS,
  });

export const MEETINGS_ROUTES: Record<string, RouteMatrixRow> = {
  "/api/meetings/[id]/pdf GET": minutesRow(readPdf),
  "/api/meetings/[id]/docx GET": minutesRow(readDocx),
  "/api/meetings/register GET": routeRow({
    permission: "meetings.export",
    scope: "unit",
    prepare: (w) => makeMeeting(w, { status: "MINUTES_SIGNED" }),
    request: (m) => ({ query: `?year=${m.year}` }),
    read: readXlsx,
    secret: (m) => m.title,
    // The chair of another unit gets their own unit's register, without this meeting.
    expected: { ...ROUTE_READERS, chairOfOtherUnit: "ok" },
  }),
};

/** Routes not run by the matrix, with the reason and where they are covered instead. */
export const MEETINGS_ROUTES_NOT_COVERED: Record<string, string> = {};
