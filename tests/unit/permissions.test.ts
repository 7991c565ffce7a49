// The permission table as the Foundation spec states it. A change to lib/permissions.ts
// must change this expectation too: that is the point.
import { describe, expect, it } from "vitest";
import {
  landingPath,
  PERMISSION_TABLE,
  PERMISSIONS,
  permissionsFor,
  ROLES,
  type Permission,
  type Role,
} from "@/lib/permissions";
import { POSITION_LABELS, POSITION_ROLE_MAP, ROLE_LABELS } from "@/lib/roles";

const BCH: Permission[] = [
  "dashboard.read",
  "notifications.digest",
  "members.read.all",
  "members.write",
  "members.export",
  "members.history.read",
  "members.import",
  "access-log.read",
  "groups.read",
  "groups.write",
  "positions.read",
  "positions.write",
  "settings.read",
  "meetings.read.all",
  "meetings.manage",
  "meetings.export",
  "opinions.read.all",
  "opinions.answer",
  "welfare.read.all",
  "welfare.propose",
  "welfare.record",
  "welfare.export",
  "emulation.read.all",
  "emulation.approve",
  "emulation.manage",
  "emulation.export",
  "rating.read.all",
  "rating.decide",
  "rating.export",
  "dues.read.all",
  "dues.export",
  "finance.read.all",
  "finance.export",
  "inspections.read",
  "inspections.respond",
  "reports.annual.read",
  "reports.annual.write",
  "programme.read",
  "programme.manage",
  "submissions.read",
];

const MEMBER: Permission[] = [
  "members.read.own",
  "notifications.own",
  "profile.contact.edit",
  "account.password.change",
  "meetings.read.own",
  "opinions.send",
  "welfare.read.own",
  "emulation.self",
  "rating.read.own",
  "dues.read.own",
  "programme.read",
];

const EXPECTED: Record<Role, Permission[]> = {
  // Nothing of the cấp trên's either (decision 0083).
  chair: PERMISSIONS.filter(
    (p) => p !== "inspections.manage" && p !== "finance.inspect" && !p.startsWith("org."),
  ),
  system_admin: [...PERMISSIONS],
  vice_chair: [...BCH, "welfare.approve", "welfare.rules.write", "rating.manage", "submissions.send"],
  bch_member: BCH,
  ubkt: [
    "dashboard.read",
    "members.read.all",
    "members.export",
    "members.history.read",
    "groups.read",
    "positions.read",
    "settings.read",
    "access-log.read",
    "meetings.read.all",
    "meetings.export",
    "opinions.read.all",
    "welfare.read.all",
    "welfare.export",
    "emulation.read.all",
    "emulation.export",
    "rating.read.all",
    "rating.export",
    "dues.read.all",
    "dues.export",
    "finance.read.all",
    "finance.export",
    "finance.inspect",
    "inspections.read",
    "inspections.manage",
    "reports.annual.read",
    "programme.read",
  ],
  treasurer: [...BCH, "finance.write", "dues.write"],
  group_leader: [
    "dashboard.read.group",
    "members.read.group",
    "groups.read",
    "meetings.read.group",
    "meetings.manage.group",
    "welfare.read.group",
    "welfare.propose",
    "emulation.read.group",
    "emulation.review.group",
    "rating.review.group",
    "dues.read.group",
    "dues.collect.group",
  ],
  member: MEMBER,
  upper_chair: [
    "org.read",
    "org.manage",
    "org.invite",
    "org.submissions.read",
    "org.submissions.decide",
    "org.appraise",
    "org.awards.decide",
    "org.rollup.read",
  ],
  upper_staff: [
    "org.read",
    "org.manage",
    "org.invite",
    "org.submissions.read",
    "org.submissions.decide",
    "org.appraise",
    "org.rollup.read",
  ],
  upper_ubkt: ["org.read", "org.submissions.read", "org.rollup.read"],
};

const sorted = (xs: Iterable<string>) => [...xs].sort();
const isChange = (p: string) =>
  /\.(write|manage|edit|finalize|import|send|answer|propose|approve|record|self|reopen|decide|inspect)$|\.(manage|review)\./.test(
    p,
  );

describe("PERMISSION_TABLE", () => {
  it.each(ROLES)("%s has exactly its permissions", (role) => {
    expect(sorted(PERMISSION_TABLE[role])).toEqual(sorted(EXPECTED[role]));
  });

  it("covers every role, with a Vietnamese label", () => {
    expect(sorted(Object.keys(PERMISSION_TABLE))).toEqual(sorted(ROLES));
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/\S/);
  });

  it("chủ tịch may do everything but the UBKT's own work (inspections, the note on the fund), which inspects the BCH", () => {
    expect(sorted(permissionsFor(["chair"]))).toEqual(
      sorted(
        PERMISSIONS.filter(
          (p) => p !== "inspections.manage" && p !== "finance.inspect" && !p.startsWith("org."),
        ),
      ),
    );
  });

  it("a cấp trên's roles hold nothing of a CĐCS's: only org.* and their own password", () => {
    for (const role of ["upper_chair", "upper_staff", "upper_ubkt"] as const)
      expect(
        sorted(permissionsFor([role])).filter(
          (p) => !p.startsWith("org.") && p !== "account.password.change",
        ),
      ).toEqual([]);
    expect(landingPath(permissionsFor(["upper_chair"]))).toBe("/org");
    expect(landingPath(permissionsFor(["upper_ubkt"]))).toBe("/org");
  });

  it("phó chủ tịch and ủy viên BCH manage members, tổ and positions, but not settings or accounts", () => {
    for (const role of ["vice_chair", "bch_member"] as const) {
      const p = permissionsFor([role]);
      for (const x of ["members.write", "groups.write", "positions.write", "members.read.all"] as const)
        expect(p.has(x)).toBe(true);
      expect(p.has("settings.write")).toBe(false);
      expect(p.has("accounts.manage")).toBe(false);
    }
  });

  it("UBKT reads everything and changes nothing but its own inspections and its note on the fund", () => {
    const p = permissionsFor(["ubkt"]);
    expect(sorted(p).filter(isChange)).toEqual(["finance.inspect", "inspections.manage"]);
    expect(p.has("finance.read.all")).toBe(true);
    for (const x of [
      "members.read.all",
      "groups.read",
      "positions.read",
      "settings.read",
      "members.history.read",
    ] as const)
      expect(p.has(x)).toBe(true);
  });

  it("a tổ trưởng reads their own tổ, not the whole unit, and changes only their tổ's meetings, proposals and reviews", () => {
    const p = permissionsFor(["member", "group_leader"]);
    expect(p.has("members.read.group")).toBe(true);
    expect(p.has("members.read.all")).toBe(false);
    expect(sorted(permissionsFor(["group_leader"])).filter(isChange)).toEqual(
      sorted(["meetings.manage.group", "welfare.propose", "emulation.review.group", "rating.review.group"]),
    );
    for (const x of [
      "members.write",
      "welfare.approve",
      "emulation.approve",
      "meetings.manage",
      "rating.decide",
      "rating.manage",
    ] as const)
      expect(p.has(x)).toBe(false);
    // The tổ's own dashboard, never the unit's.
    expect(p.has("dashboard.read.group")).toBe(true);
    expect(p.has("dashboard.read")).toBe(false);
  });

  it("a đoàn viên reads their own records and changes only what is theirs", () => {
    expect(sorted(permissionsFor(["member"]))).toEqual(sorted(MEMBER));
    expect(sorted(permissionsFor(["member"])).filter(isChange)).toEqual(
      sorted(["emulation.self", "opinions.send", "profile.contact.edit"]),
    );
  });

  it("the BCH writes the chương trình công tác; every member reads it; the UBKT only reads it", () => {
    for (const role of ["bch_member", "vice_chair", "chair", "treasurer"] as const)
      expect(permissionsFor([role]).has("programme.manage"), role).toBe(true);
    for (const role of ["member", "group_leader", "ubkt"] as const)
      expect(permissionsFor([role]).has("programme.manage"), role).toBe(false);
    for (const role of ["member", "ubkt"] as const)
      expect(permissionsFor([role]).has("programme.read"), role).toBe(true);
  });

  it("only the UBKT manages inspections; the BCH answers their recommendations; a đoàn viên sees none", () => {
    for (const role of ["chair", "vice_chair", "bch_member", "group_leader", "member"] as const)
      expect(permissionsFor([role]).has("inspections.manage"), role).toBe(false);
    expect(permissionsFor(["ubkt"]).has("inspections.manage")).toBe(true);
    expect(permissionsFor(["ubkt"]).has("inspections.respond")).toBe(false);
    for (const role of ["chair", "vice_chair", "bch_member"] as const)
      expect(permissionsFor([role]).has("inspections.respond"), role).toBe(true);
    for (const role of ["group_leader", "member"] as const)
      expect(permissionsFor([role]).has("inspections.read"), role).toBe(false);
  });

  it("only the chủ tịch and phó chủ tịch approve welfare and adopt its rules", () => {
    for (const role of ["chair", "vice_chair"] as const)
      expect(permissionsFor([role]).has("welfare.approve")).toBe(true);
    for (const role of ["bch_member", "ubkt", "group_leader", "member"] as const) {
      expect(permissionsFor([role]).has("welfare.approve")).toBe(false);
      expect(permissionsFor([role]).has("welfare.rules.write")).toBe(false);
    }
  });

  it("everyone signed in may change their own password, and roles add up", () => {
    expect(permissionsFor([]).has("account.password.change")).toBe(true);
    expect(sorted(permissionsFor(["member", "ubkt"]))).toEqual(
      sorted(new Set([...EXPECTED.member, ...EXPECTED.ubkt])),
    );
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
      TREASURER: "treasurer",
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

describe("fund permissions", () => {
  it("the chủ tịch and the treasurer write the fund; the BCH and the UBKT read it; only the UBKT inspects", () => {
    for (const role of ["chair", "treasurer"] as const)
      expect(permissionsFor([role]).has("finance.write")).toBe(true);
    for (const role of ["vice_chair", "bch_member", "ubkt", "group_leader", "member"] as const)
      expect(permissionsFor([role]).has("finance.write")).toBe(false);
    for (const role of ["vice_chair", "bch_member", "ubkt", "treasurer"] as const)
      expect(permissionsFor([role]).has("finance.read.all")).toBe(true);
    for (const role of ["group_leader", "member"] as const)
      expect(permissionsFor([role]).has("finance.read.all")).toBe(false);
    for (const role of ["chair", "vice_chair", "bch_member", "treasurer", "group_leader", "member"] as const)
      expect(permissionsFor([role]).has("finance.inspect")).toBe(false);
    expect(permissionsFor(["ubkt"]).has("finance.inspect")).toBe(true);
  });
});

describe("annual rating permissions", () => {
  it("only the chủ tịch reopens a finalised year; the chủ tịch and phó chủ tịch run it; the BCH decides levels", () => {
    expect(permissionsFor(["chair"]).has("rating.reopen")).toBe(true);
    for (const role of ["vice_chair", "bch_member", "ubkt", "group_leader", "member"] as const)
      expect(permissionsFor([role]).has("rating.reopen")).toBe(false);
    for (const role of ["chair", "vice_chair"] as const)
      expect(permissionsFor([role]).has("rating.manage")).toBe(true);
    expect(permissionsFor(["bch_member"]).has("rating.manage")).toBe(false);
    for (const role of ["chair", "vice_chair", "bch_member"] as const)
      expect(permissionsFor([role]).has("rating.decide")).toBe(true);
    for (const role of ["ubkt", "group_leader", "member"] as const)
      expect(permissionsFor([role]).has("rating.decide")).toBe(false);
  });
});
