import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { formatDate, yearOf } from "@/lib/format";
import { GENDER_LABELS, STATUS_LABELS } from "@/lib/members/labels";
import { memberListWhere } from "@/lib/members/queries";
import { memberListParamsSchema, type MemberListParams } from "@/lib/members/schema";
import { POSITION_LABELS, type PositionCode } from "@/lib/roles";
import { getUnit } from "@/lib/settings/queries";

export type MemberListRow = {
  no: number;
  fullName: string;
  maleBirthYear: string;
  femaleBirthYear: string;
  cardNumber: string;
  joinedUnionOn: string;
  /** The same date as a value, for spreadsheets. */
  joinedUnionDate: Date | null;
  groupName: string;
  positions: string;
  note: string;
};

const POSITION_ORDER = Object.keys(POSITION_LABELS) as PositionCode[];

/** The member list's URL filters (a page's searchParams or a request's query), without paging. */
export function parseMemberListParams(
  raw: Record<string, string | string[] | undefined> | URLSearchParams,
): MemberListParams {
  const obj = raw instanceof URLSearchParams ? Object.fromEntries(raw) : raw;
  return memberListParamsSchema.parse(obj);
}

/**
 * "DANH SÁCH ĐOÀN VIÊN": the one data function behind the Excel file and the printable page.
 * Same filters and scope as the member list, every row, sorted by tên. A bulk read of
 * personal data, so it is audited.
 */
export async function getMemberListReport(actor: Actor, params: MemberListParams, format: "xlsx" | "print") {
  if (!can(actor, "members.export")) throw forbidden();
  const today = clock.today();
  const current = { startOn: { lte: today }, OR: [{ endOn: null }, { endOn: { gte: today } }] };

  const [unit, members, chair, group] = await Promise.all([
    getUnit(actor.unitId),
    db.member.findMany({
      where: memberListWhere(actor, params),
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      select: {
        fullName: true,
        gender: true,
        dateOfBirth: true,
        cardNumber: true,
        joinedUnionOn: true,
        status: true,
        note: true,
        group: { select: { name: true } },
        positions: { where: current, select: { office: true } },
      },
    }),
    db.position.findFirst({
      where: { office: "CHAIR", member: { unitId: actor.unitId, status: "ACTIVE" }, ...current },
      orderBy: { startOn: "desc" },
      select: { member: { select: { fullName: true } } },
    }),
    params.group
      ? db.group.findFirst({ where: { id: params.group, unitId: actor.unitId }, select: { name: true } })
      : null,
  ]);

  const rows: MemberListRow[] = members.map((m, i) => {
    const roles = [...new Set(m.positions.map((p) => p.office))].sort(
      (a, b) => POSITION_ORDER.indexOf(a) - POSITION_ORDER.indexOf(b),
    );
    return {
      no: i + 1,
      fullName: m.fullName,
      maleBirthYear: m.gender === "MALE" ? yearOf(m.dateOfBirth) : "",
      femaleBirthYear: m.gender === "FEMALE" ? yearOf(m.dateOfBirth) : "",
      cardNumber: m.cardNumber ?? "",
      joinedUnionOn: formatDate(m.joinedUnionOn),
      joinedUnionDate: m.joinedUnionOn,
      groupName: m.group.name,
      positions: roles.map((r) => POSITION_LABELS[r]).join(", "),
      note: [m.status !== "ACTIVE" ? STATUS_LABELS[m.status] : "", m.note ?? ""].filter(Boolean).join("; "),
    };
  });

  await writeAudit(db, actor, {
    action: "member.export",
    entityType: "Member",
    entityId: "list",
    after: {
      format,
      filters: { q: params.q, group: params.group, status: params.status, gender: params.gender },
      count: rows.length,
    },
  });

  return {
    unit,
    date: today,
    rows,
    female: members.filter((m) => m.gender === "FEMALE").length,
    filters: describeFilters(params, group?.name),
    chairName: chair?.member.fullName ?? "",
  };
}
export type MemberListReport = Awaited<ReturnType<typeof getMemberListReport>>;

/** A line under the title saying which part of the list this is, e.g. "Tổ Ngữ văn; đoàn viên nữ". */
function describeFilters(p: MemberListParams, groupName?: string): string {
  const parts: string[] = [];
  if (groupName) parts.push(groupName);
  if (p.gender) parts.push(`đoàn viên ${GENDER_LABELS[p.gender].toLowerCase()}`);
  if (p.status === "all") parts.push("gồm cả đoàn viên đã ra khỏi tổ chức");
  else if (p.status !== "current") parts.push(`trạng thái: ${STATUS_LABELS[p.status].toLowerCase()}`);
  if (p.q) parts.push(`tìm theo “${p.q}”`);
  return parts.join("; ");
}

/** "Tổ Ngữ văn; đoàn viên nữ — tính đến ngày 22/11/2026", for the line under the title. */
export function reportSubtitle(r: Pick<MemberListReport, "date" | "filters">): string {
  const date = `tính đến ngày ${formatDate(r.date)}`;
  return r.filters
    ? `${r.filters.charAt(0).toUpperCase()}${r.filters.slice(1)} — ${date}`
    : `${date.charAt(0).toUpperCase()}${date.slice(1)}`;
}
