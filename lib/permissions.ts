// The one permission table. Every server action, route handler and page checks a
// permission from here; nothing checks a role inline. Client-safe, so the UI can
// hide what a role cannot do (a courtesy: the server still refuses).

export const ROLES = [
  "chair",
  "vice_chair",
  "bch_member",
  "ubkt",
  "group_leader",
  "member",
  "system_admin",
  "treasurer",
  // At a công đoàn cấp trên (lib/org, decision 0083): held through User.upperOffice.
  "upper_chair",
  "upper_staff",
  "upper_ubkt",
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "dashboard.read", // unit-wide counts
  "dashboard.read.group", // what is due and overdue in the tổ one leads
  "members.read.all", // every member, in full
  "members.read.group", // the members of the tổ one leads, in full
  "members.read.own", // one's own record
  "members.write", // create, edit, lifecycle, move between tổ
  "members.export", // Excel and printable list
  "members.history.read", // a member's audit history
  "profile.contact.edit", // one's own phone and email
  "groups.read",
  "groups.write",
  "positions.read",
  "positions.write",
  "settings.read",
  "settings.write",
  "accounts.manage", // sign-in accounts of members
  "account.password.change", // one's own password
  "members.import", // Excel import of the member list
  "access-log.read", // who read which member record, when
  "notifications.own", // one's own notifications (/notifications) and how they arrive
  "notifications.digest", // the daily digest of notifications instead of single mails (the BCH)

  // Meetings (lib/meetings, lib/opinions)
  "meetings.read.all", // every meeting; draft minutes too
  "meetings.read.group", // the meetings of the tổ one leads
  "meetings.read.own", // meetings one was invited to, and their signed minutes
  "meetings.manage", // plan, attendance, minutes, sign: every meeting
  "meetings.manage.group", // the same, for the meetings of the tổ one leads
  "minutes.reopen", // reopen signed minutes (the chủ trì of the meeting may too)
  "meetings.export", // yearly meeting register
  "opinions.send", // send an opinion (tâm tư, nguyện vọng), see one's own and their answers
  "opinions.read.all", // the BCH's opinion inbox
  "opinions.answer",

  // Welfare (lib/welfare)
  "welfare.read.all",
  "welfare.read.group", // the visits of the tổ one leads
  "welfare.read.own", // one's own welfare history
  "welfare.propose", // đề xuất a visit
  "welfare.approve", // duyệt: chủ tịch, phó chủ tịch
  "welfare.record", // record a visit as done / paid, cancel it
  "welfare.rules.write", // categories, rate table versions, budget
  "welfare.export", // sổ theo dõi, summary

  // Emulation (lib/emulation)
  "emulation.read.all",
  "emulation.read.group", // the registrations and self-assessments of the tổ one leads
  "emulation.self", // register one's own goals and self-assess
  "emulation.review.group", // forward the tổ's registrations, return a self-assessment, register the tổ's titles
  "emulation.approve", // approve or return registrations, allow late ones
  "emulation.manage", // catalogues, the year's campaign and criteria template
  "emulation.export",

  // Annual rating (lib/rating and its screen folders)
  "rating.read.all", // every member's rating, the quota meter, tổ and CĐCS ratings
  "rating.review.group", // the tổ bình xét and the tổ's self-score, for the tổ one leads
  "rating.decide", // final levels, exceptions, titles awarded, tổ levels, the CĐCS self-rating
  "rating.manage", // open the year, quota and exclusion settings, templates, finalise, publish
  "rating.reopen", // reopen a finalised year (chủ tịch only), with a reason
  "rating.read.own", // one's own final level once published, and the published list if the unit chooses
  "rating.export", // the printed reports

  // Đoàn phí (lib/finance/dues)
  "dues.read.all", // the unit's dues ledger
  "dues.read.group", // the ledger of the tổ one leads
  "dues.collect.group", // tick who paid in cash in the tổ one leads, and undo it
  "dues.write", // payments, payroll import, reversals, hand-overs, remittances, miễn, salaries
  "dues.read.own", // one's own dues and payments
  "dues.export", // the sổ theo dõi thu đoàn phí, receipts
  // The CĐCS's fund (lib/finance/fund)
  "finance.read.all", // thu–chi, books, dự toán, reports
  "finance.write", // phiếu thu / chi, reversals, dự toán, categories, reconciliation: chủ tịch and treasurer
  "finance.inspect", // the UBKT's inspection note on a period: its only write here
  "finance.export", // the papers and Excel
  // Inspections: the UBKT's work (lib/inspections, decision 0077)
  "inspections.read", // the UBKT's plan, inspections, findings and recommendations, and their papers
  "inspections.manage", // plan, record and conclude inspections, accept the BCH's answers: the UBKT only
  "inspections.respond", // the BCH's answer to a recommendation (what was done, when)

  // The công đoàn cấp trên (lib/org, decision 0083): its own subtree only, never a CĐCS's records
  "org.read", // the CĐCS under it: names, kind, place, member counts, whether the chủ tịch has signed in
  "org.manage", // create a CĐCS under it
  "org.invite", // invite a CĐCS's first chủ tịch (e-mail and one-time link)
  "org.appraise", // thẩm định a CĐCS's accepted self-rating: score it, conclude its level, reopen with a reason
  "org.awards.decide", // decide the proposals of accepted hồ sơ khen thưởng and issue the quyết định
  "org.rollup.read", // the roll-up across its subtree: per-CĐCS aggregates, their Excel and print (no member rows)
  // The báo cáo tổng kết (lib/reports/annual)
  "reports.annual.read", // the year's tổng kết: its figures and narrative, the print page, PDF and DOCX
  "reports.annual.write", // draft its narrative sections
  "reports.annual.finalise", // mark it final, and reopen it: the chủ tịch
  // The chương trình công tác năm (lib/programme, decision 0082)
  "programme.read", // the year's programme and its papers: every member of the unit
  "programme.manage", // items, their states and links, copying last year's: the BCH
  // Papers sent to the cấp trên (lib/submissions, decision 0089)
  "submissions.send", // send a paper to the cấp trên from its screen: the chủ tịch and phó chủ tịch
  "submissions.read", // what the unit sent, its versions and the cấp trên's comments: the BCH
  "org.submissions.read", // the cấp trên's inbox of its subtree's papers and the reminder list
  "org.submissions.decide", // return (with a comment) or accept the current version of a paper
] as const;
export type Permission = (typeof PERMISSIONS)[number];

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
/**
 * The chủ tịch's deputies approve welfare, adopt its rules, run the rating year and send papers to the
 * cấp trên; an ủy viên BCH does not.
 */
const VICE_CHAIR: Permission[] = [
  ...BCH,
  "welfare.approve",
  "welfare.rules.write",
  "rating.manage",
  "submissions.send",
];

// UBKT reads everything and changes nothing of the BCH's records.
const READ_ONLY: Permission[] = [
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
  "reports.annual.read",
  "programme.read",
];
/**
 * The UBKT reads everything; it writes only its own work: the inspections (decision 0077) and its
 * note on a period of the fund (decision 0076).
 */
const UBKT: Permission[] = [...READ_ONLY, "inspections.read", "inspections.manage", "finance.inspect"];

/** Ủy viên BCH phụ trách tài chính: the BCH member in charge of money writes the fund and the đoàn phí ledger, as the chủ tịch does. */
const TREASURER: Permission[] = [...BCH, "finance.write", "dues.write"];

/** Everything a member may do about themselves. Every signed-in member also holds this role. */
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

/** The cấp trên's own work: held by its roles only, never by a CĐCS's BCH. */
const ORG: Permission[] = ["org.read", "org.manage", "org.invite"];

/**
 * Data minimisation (decision 0083): the cấp trên's roles hold no CĐCS permission at all,
 * so a CĐCS's members, welfare, self-assessments and money stay its own; the cấp trên sees its
 * subtree's units and their counts. Its staff (ban tổ chức, tài chính, chính sách) onboard CĐCS as
 * its leaders do; its UBKT reads the list.
 */
const UPPER_CHAIR: Permission[] = [
  ...ORG,
  "org.submissions.read",
  "org.submissions.decide",
  "org.appraise",
  "org.awards.decide",
  "org.rollup.read",
];
const UPPER_STAFF: Permission[] = [
  ...ORG,
  "org.submissions.read",
  "org.submissions.decide",
  "org.appraise",
  "org.rollup.read",
];
const UPPER_UBKT: Permission[] = ["org.read", "org.submissions.read", "org.rollup.read"];

export const PERMISSION_TABLE: Record<Role, readonly Permission[]> = {
  // Everything but the UBKT's own work (its inspections, its note on the fund): the BCH is the party
  // the UBKT inspects (decisions 0076, 0077); and nothing of the cấp trên's (every "org." permission).
  chair: PERMISSIONS.filter(
    (p) => p !== "inspections.manage" && p !== "finance.inspect" && !p.startsWith("org."),
  ),
  system_admin: PERMISSIONS,
  vice_chair: VICE_CHAIR,
  bch_member: BCH,
  ubkt: UBKT,
  treasurer: TREASURER,
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
  upper_chair: UPPER_CHAIR,
  upper_staff: UPPER_STAFF,
  upper_ubkt: UPPER_UBKT,
};

export function permissionsFor(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of PERMISSION_TABLE[role]) out.add(p);
  // Everyone signed in may change their own password.
  out.add("account.password.change");
  return out;
}

/** Where each user lands after sign-in: the most useful page their permissions allow. */
export function landingPath(perms: Set<Permission>): string {
  if (perms.has("dashboard.read")) return "/dashboard";
  // A cấp trên's account: its CĐCS (decision 0083).
  if (perms.has("org.read")) return "/org";
  if (perms.has("members.read.group")) return "/members";
  return "/me";
}
