// The authorization tables of docs/security.md, generated from the matrices the tests run
// (action-matrix.ts, route-matrix.ts). route-matrix-doc.test.ts fails when the doc is stale;
// `npx tsx scripts/security-doc.ts` rewrites it.
import { ACTION_MATRIX, NOT_COVERED, type Expected } from "./action-matrix";
import { ROUTE_MATRIX, ROUTES_NOT_COVERED, type RouteExpected } from "./route-matrix";
import { ROLE_KEYS, type RoleKey } from "./world";

export const ROLE_HEADERS: Record<RoleKey, string> = {
  anonymous: "Anonymous",
  member: "Đoàn viên",
  leaderSameGroup: "Tổ trưởng, same tổ",
  leaderOtherGroup: "Tổ trưởng, other tổ",
  ubkt: "UBKT",
  bchMember: "Ủy viên BCH",
  viceChair: "Phó chủ tịch",
  chair: "Chủ tịch",
  chairOfOtherUnit: "Chủ tịch, other unit",
  upperChair: "Cấp trên",
};

/** The Foundation actions' permissions (feature rows may carry their own `permission`). */
const FOUNDATION_PERMISSIONS: Record<string, string> = {
  "members.createMemberAction": "members.write",
  "members.updateMemberAction": "members.write",
  "members.changeMemberStatusAction": "members.write",
  "members.updateOwnContactAction": "profile.contact.edit",
  "groups.createGroup": "groups.write",
  "groups.renameGroup": "groups.write",
  "groups.archiveGroup": "groups.write",
  "groups.restoreGroup": "groups.write",
  "groups.moveMembers": "members.write",
  "terms.createTermAction": "positions.write",
  "terms.assignPositionAction": "positions.write",
  "terms.endPositionAction": "positions.write",
  "settings.updateUnitInfo": "settings.write",
  "settings.addSettingValue": "settings.write",
  "accounts.createAccount": "accounts.manage",
  "accounts.setAccountActive": "accounts.manage",
  "accounts.resetAccountPassword": "accounts.manage",
  "auth.changePasswordAction": "account.password.change",
};

const ACTION_CELL: Record<Expected, string> = {
  ok: "✓",
  FORBIDDEN: "✗",
  UNAUTHENTICATED: "✗ᵁ",
  NOT_FOUND: "✗ᴺ",
  VALIDATION: "✗ⱽ",
  CONFLICT: "✗ᶜ",
  INTERNAL: "‼",
};
const ROUTE_CELL: Record<string, string> = {
  ok: "✓",
  "401": "✗ᵁ 401",
  "403": "✗ 403",
  "404": "✗ᴺ 404",
  "400": "✗ⱽ 400",
};

const otherUnitOk = (role: RoleKey, cell: string) =>
  role === "chairOfOtherUnit" && cell === "✓" ? "✓ᵒ" : cell;
const header = (first: string[]) => [
  `| ${[...first, ...ROLE_KEYS.map((r) => ROLE_HEADERS[r])].join(" | ")} |`,
  `|${"---|".repeat(first.length + ROLE_KEYS.length)}`,
];
const byDomain = (a: string, b: string) => a.localeCompare(b);

export function actionTable(): string {
  const lines = header(["Action (`lib/…/actions.ts`)", "Permission", "Scope"]);
  for (const key of Object.keys(ACTION_MATRIX).sort(byDomain)) {
    const row = ACTION_MATRIX[key] as (typeof ACTION_MATRIX)[string] & { permission?: string };
    const [domain, name] = key.split(".");
    const cells = ROLE_KEYS.map((r) => otherUnitOk(r, ACTION_CELL[row.expected[r]]));
    lines.push(
      `| ${domain} \`${name}\` | ${row.permission ?? FOUNDATION_PERMISSIONS[key] ?? "—"} | ${row.scope} | ${cells.join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

export function routeTable(): string {
  const lines = header(["Route handler (`app/api/…`)", "Permission", "Scope"]);
  for (const key of Object.keys(ROUTE_MATRIX).sort(byDomain)) {
    const row = ROUTE_MATRIX[key];
    const cells = ROLE_KEYS.map((r) => otherUnitOk(r, ROUTE_CELL[String(row.expected[r] as RouteExpected)]));
    lines.push(`| \`${key}\` | ${row.permission} | ${row.scope} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

export function notCoveredList(): string {
  return Object.entries({ ...NOT_COVERED, ...ROUTES_NOT_COVERED })
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, why]) => `- \`${key}\`: ${why}`)
    .join("\n");
}

/** Replaces the text between `<!-- generated:<name> -->` and `<!-- /generated:<name> -->`. */
export function fillGenerated(doc: string, sections: Record<string, string>): string {
  let out = doc;
  for (const [name, body] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`docs/security.md has no <!-- generated:${name} --> section`);
    out = out.replace(re, (_m, open: string, close: string) => `${open}${body}\n${close}`);
  }
  return out;
}

export const generatedSections = () => ({
  actions: actionTable(),
  routes: routeTable(),
  "not-covered": notCoveredList(),
});
