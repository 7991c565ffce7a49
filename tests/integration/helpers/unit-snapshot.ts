// Every row a server action of the app could touch in the given units, for "the database is
// unchanged" checks that cover tổ, terms, positions, settings and accounts as well as members.
import { db } from "@/lib/db";
import { snapshotAnnualReports } from "./snapshot-annual-report";
import { snapshotDues } from "./snapshot-dues";
import { snapshotEmulation } from "./snapshot-emulation";
import { snapshotFund } from "./snapshot-fund";
import { snapshotInspections } from "./snapshot-inspections";
import { snapshotMeetings } from "./snapshot-meetings";
import { snapshotMembership } from "./snapshot-membership";
import { snapshotNotifications } from "./snapshot-notifications";
import { snapshotOrgAppraisal } from "./snapshot-org-appraisal";
import { snapshotProgramme } from "./snapshot-programme";
import { snapshotRating } from "./snapshot-rating";
import { snapshotSubmissions } from "./snapshot-submissions";
import { snapshotTrust } from "./snapshot-trust";
import { snapshotWelfare } from "./snapshot-welfare";

/** One feature's rows (table name → rows) and the ids its audit rows may point at. */
export type DomainSnapshot = { rows: Record<string, unknown[]>; entityIds: string[] };

export async function snapshotAll(unitIds: string[]) {
  const inUnit = { unitId: { in: unitIds } };
  const [units, groups, terms, members, users, settings] = await Promise.all([
    db.unit.findMany({ where: { id: { in: unitIds } }, orderBy: { id: "asc" } }),
    db.group.findMany({ where: inUnit, orderBy: { id: "asc" } }),
    db.term.findMany({ where: inUnit, orderBy: { id: "asc" } }),
    db.member.findMany({ where: inUnit, orderBy: { id: "asc" } }),
    db.user.findMany({ where: inUnit, orderBy: { id: "asc" } }),
    db.setting.findMany({ where: inUnit, orderBy: { id: "asc" } }),
  ]);
  const memberIds = members.map((m) => m.id);
  const termIds = terms.map((t) => t.id);
  const [memberships, events, positions] = await Promise.all([
    db.groupMembership.findMany({ where: { memberId: { in: memberIds } }, orderBy: { id: "asc" } }),
    db.memberEvent.findMany({ where: { memberId: { in: memberIds } }, orderBy: { id: "asc" } }),
    db.position.findMany({
      where: { OR: [{ termId: { in: termIds } }, { memberId: { in: memberIds } }] },
      orderBy: { id: "asc" },
    }),
  ]);
  const domains = await Promise.all(
    [
      snapshotMeetings,
      snapshotWelfare,
      snapshotEmulation,
      snapshotRating,
      snapshotTrust,
      snapshotNotifications,
      snapshotDues,
      snapshotFund,
      snapshotInspections,
      snapshotMembership,
      snapshotAnnualReports,
      snapshotProgramme,
      snapshotOrgAppraisal,
      snapshotSubmissions,
    ].map((f) => f(unitIds)),
  );
  const entityIds = [unitIds, groups, terms, members, users, settings, positions]
    .flatMap((list) => list.map((x) => (typeof x === "string" ? x : x.id)))
    .concat(domains.flatMap((d) => d.entityIds));
  const audit = await db.auditLog.findMany({
    where: { OR: [{ entityId: { in: entityIds } }, { actorUserId: { in: users.map((u) => u.id) } }] },
    orderBy: { id: "asc" },
  });
  const domainRows = Object.assign({}, ...domains.map((d) => d.rows)) as Record<string, unknown[]>;
  return {
    units,
    groups,
    terms,
    members,
    users,
    settings,
    memberships,
    events,
    positions,
    audit,
    ...domainRows,
  };
}
