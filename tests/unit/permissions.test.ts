// The permission table as the Foundation spec states it. A change to lib/permissions.ts
// must change this expectation too: that is the point.
import { describe, expect, it } from "vitest";
import {
  landingPath,
  PERMISSION_TABLE,
  PERMISSIONS,
  permissionsFor,
  POSITION_LABELS,
  POSITION_ROLE_MAP,
  ROLE_LABELS,
  ROLES,
  type Permission,
  type Role,
} from "@/lib/permissions";

const BCH: Permission[] = [
  "dashboard.read",
  "members.read.all",
  "members.write",
  "members.export",
  "members.history.read",
  "groups.read",
  "groups.write",
  "positions.read",
  "positions.write",
  "settings.read",
];

const EXPECTED: Record<Role, Permission[]> = {
  chair: [...PERMISSIONS],
  system_admin: [...PERMISSIONS],
  vice_chair: BCH,
  bch_member: BCH,
  ubkt: ["dashboard.read", "members.read.all", "members.export", "members.history.read", "groups.read", "positions.read", "settings.read"],
  group_leader: ["members.read.group", "groups.read"],
  member: ["members.read.own", "profile.contact.edit", "account.password.change"],
};

const sorted = (xs: Iterable<string>) => [...xs].sort();
const isChange = (p: string) => /\.(write|manage|edit|finalize)$/.test(p);

describe("PERMISSION_TABLE", () => {
  it.each(ROLES)("%s has exactly its permissions", (role) => {
    expect(sorted(PERMISSION_TABLE[role])).toEqual(sorted(EXPECTED[role]));
  });

  it("covers every role, with a Vietnamese label", () => {
    expect(sorted(Object.keys(PERMISSION_TABLE))).toEqual(sorted(ROLES));
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/\S/);
  });

  it("chủ tịch may do everything", () => {
    expect(sorted(permissionsFor(["chair"]))).toEqual(sorted(PERMISSIONS));
  });

  it("phó chủ tịch and ủy viên BCH manage members, tổ and positions, but not settings or accounts", () => {
    for (const role of ["vice_chair", "bch_member"] as const) {
      const p = permissionsFor([role]);
      for (const x of ["members.write", "groups.write", "positions.write", "members.read.all"] as const) expect(p.has(x)).toBe(true);
      expect(p.has("settings.write")).toBe(false);
      expect(p.has("accounts.manage")).toBe(false);
    }
  });

  it("UBKT reads everything and changes nothing", () => {
    const p = permissionsFor(["ubkt"]);
    expect(sorted(p).filter(isChange)).toEqual([]);
    for (const x of ["members.read.all", "groups.read", "positions.read", "settings.read", "members.history.read"] as const) expect(p.has(x)).toBe(true);
  });

  it("a tổ trưởng reads their own tổ, not the whole unit, and changes nothing", () => {
    const p = permissionsFor(["member", "group_leader"]);
    expect(p.has("members.read.group")).toBe(true);
    expect(p.has("members.read.all")).toBe(false);
    // Their only edit is the one every member has: their own contact details.
    expect(sorted(p).filter(isChange)).toEqual(["profile.contact.edit"]);
    expect(sorted(permissionsFor(["group_leader"])).filter(isChange)).toEqual([]);
  });

  it("a đoàn viên reads their own profile and edits only their contact details and password", () => {
    expect(sorted(permissionsFor(["member"]))).toEqual(sorted(["members.read.own", "profile.contact.edit", "account.password.change"]));
  });

  it("everyone signed in may change their own password, and roles add up", () => {
    expect(permissionsFor([]).has("account.password.change")).toBe(true);
    expect(sorted(permissionsFor(["member", "ubkt"]))).toEqual(sorted(new Set([...EXPECTED.member, ...EXPECTED.ubkt])));
  });
});

describe("positions → roles", () => {
  it("maps each position code to its role", () => {
    expect(POSITION_ROLE_MAP).toEqual({
      CHAIR: "chair",
      VICE_CHAIR: "vice_chair",
      BCH_MEMBER: "bch_member",
      UBKT_CHAIR: "ubkt",
      UBKT_MEMBER: "ubkt",
      GROUP_LEADER: "group_leader",
      GROUP_DEPUTY: "group_leader",
    });
    expect(sorted(Object.keys(POSITION_LABELS))).toEqual(sorted(Object.keys(POSITION_ROLE_MAP)));
  });
});

describe("landingPath", () => {
  it.each([
    [["chair"], "/dashboard"],
    [["member", "bch_member"], "/dashboard"],
    [["member", "ubkt"], "/dashboard"],
    [["member", "group_leader"], "/members"],
    [["member"], "/me"],
    [["system_admin"], "/dashboard"],
  ] as [Role[], string][])("%j lands on %s", (roles, path) => {
    expect(landingPath(permissionsFor(roles))).toBe(path);
  });
});
