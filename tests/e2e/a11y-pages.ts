// The main pages of each demo role, checked by tests/e2e/a11y.spec.ts. Every link of the role's main
// navigation must be here (the spec checks it), so a new section cannot slip past the checks.
// ":member", ":meeting", ":visit", ":group" stand for a record the role may open (resolvePages).
import { demoUnit, groupByName, memberOfAccount } from "./data";
import { e2eDb } from "./db";
import { ACCOUNTS, type DemoRole } from "./helpers";

const BCH_COMMON = [
  "/dashboard",
  "/members",
  "/members/:member",
  "/groups",
  "/groups/:group",
  "/meetings",
  "/meetings/:meeting",
  "/meetings/stats",
  "/meetings/decisions",
  "/opinions",
  "/welfare",
  "/welfare/:visit",
  "/welfare/summary",
  "/emulation",
  "/finance",
  "/finance/dues",
  "/inspections",
  "/rating",
  "/programme",
  "/reports/annual",
  "/submissions",
  "/terms",
  "/settings",
  "/me",
];

export const A11Y_PAGES: Record<DemoRole, string[]> = {
  chair: [
    ...BCH_COMMON,
    "/members/new",
    "/members/:member/edit",
    "/members/import",
    "/meetings/new",
    "/welfare/new",
    "/welfare/rules",
    "/welfare/nominations",
    "/emulation/registrations",
    "/emulation/catalogue",
    "/rating/groups",
    "/rating/collectives",
    "/rating/titles",
    "/rating/settings",
    "/settings/accounts",
    "/settings/access-log",
    "/finance/entries",
    "/finance/books",
    "/finance/dues/import",
    "/notifications",
    "/notifications/settings",
    "/me/password",
  ],
  bch: BCH_COMMON,
  ubkt: [
    "/dashboard",
    "/members",
    "/members/:member",
    "/groups",
    "/meetings",
    "/opinions",
    "/welfare",
    "/emulation",
    "/finance",
    "/inspections",
    "/rating",
    "/programme",
    "/reports/annual",
    "/terms",
    "/settings",
    "/me",
  ],
  leader: [
    "/dashboard",
    "/members",
    "/members/:member",
    "/groups",
    "/meetings",
    "/welfare",
    "/welfare/new",
    "/emulation",
    "/emulation/groups/:group",
    "/rating",
    "/rating/groups/:group",
    "/finance/dues/group",
    "/programme",
    "/me",
    "/me/emulation",
  ],
  member: [
    "/programme",
    "/me",
    "/me/meetings",
    "/me/opinions",
    "/me/welfare",
    "/me/emulation",
    "/me/rating",
    "/me/dues",
    "/notifications",
    "/me/password",
  ],
};

/** The pages of a role with their placeholders filled from the demo unit. */
export async function resolvePages(role: DemoRole): Promise<string[]> {
  const db = e2eDb();
  const unit = await demoUnit();
  const own = await memberOfAccount(ACCOUNTS[role]);
  const leaderGroup = await groupByName("Tổ Toán – Tin");
  const meeting = await db.meeting.findFirstOrThrow({
    where: { unitId: unit.id, groupId: role === "leader" ? leaderGroup.id : null },
    orderBy: { startsAt: "asc" },
  });
  const visit = await db.welfareVisit.findFirstOrThrow({
    where: { unitId: unit.id, ...(role === "leader" ? { member: { groupId: leaderGroup.id } } : {}) },
    orderBy: { id: "asc" },
  });
  const member = role === "leader" || role === "member" ? own : await memberOfAccount(ACCOUNTS.member);
  const group = role === "leader" ? leaderGroup : await groupByName("Tổ Văn phòng");
  return A11Y_PAGES[role].map((p) =>
    p
      .replace(":member", member.id)
      .replace(":meeting", meeting.id)
      .replace(":visit", visit.id)
      .replace(":group", group.id),
  );
}

/** The demo's cấp trên (decision 0083) and its pages; ":unit" is the demo school. */
export const UPPER_ACCOUNT = "captren@demo.vn";
export const A11Y_UPPER_PAGES = [
  "/org",
  "/org/new",
  "/org/:unit",
  "/org/:unit/appraisal",
  "/org/submissions",
  "/org/awards",
  "/org/reports",
];

export async function resolveUpperPages(): Promise<string[]> {
  const unit = await demoUnit();
  return A11Y_UPPER_PAGES.map((p) => p.replace(":unit", unit.id));
}
