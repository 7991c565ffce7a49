// An audit entry's before → after in words a member reads: Vietnamese field names, dates as
// dd/MM/yyyy, names instead of ids, Vietnamese statuses, and no line for a field that did not change.
// Client-safe: the query resolves the ids to names (AuditNames) and passes them in.
import { formatDate, formatMoney } from "@/lib/format";
import { GENDER_LABELS, STATUS_LABELS } from "@/lib/members/labels";

/** One line of a change: "Tổ công đoàn: Tổ Văn phòng → Tổ Toán – Tin", or "Lý do: Chuyển công tác". */
export type ChangeLine = { label: string; from?: string; to: string };

/** The names the ids in an entry stand for. */
export type AuditNames = { groups: ReadonlyMap<string, string> };

const FIELD_LABELS: Record<string, string> = {
  fullName: "Họ và tên",
  gender: "Giới tính",
  dateOfBirth: "Ngày sinh",
  idNumber: "Số CCCD",
  hometown: "Quê quán",
  ethnicity: "Dân tộc",
  phone: "Điện thoại",
  email: "Email",
  jobTitle: "Chức vụ / nghề nghiệp",
  department: "Đơn vị / phòng ban",
  qualification: "Trình độ chuyên môn",
  isPartyMember: "Đảng viên",
  partyJoinedOn: "Ngày vào Đảng",
  contractType: "Loại hợp đồng",
  cardNumber: "Số thẻ đoàn viên",
  joinedUnionOn: "Ngày vào công đoàn",
  insuranceSalary: "Lương đóng BHXH",
  groupId: "Tổ công đoàn",
  note: "Ghi chú",
  status: "Trạng thái",
  effectiveOn: "Ngày hiệu lực",
  reason: "Lý do",
  endedPositions: "Số chức vụ kết thúc",
  endedGroupPositions: "Số chức vụ trong tổ kết thúc",
};

const EMPTY = "—";

/** A stored value as the page shows it. */
export function auditValue(key: string, value: unknown, names: AuditNames): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (key === "groupId") return names.groups.get(String(value)) ?? "(tổ đã xóa)";
  if (key === "status") return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? String(value);
  if (key === "gender") return GENDER_LABELS[value as keyof typeof GENDER_LABELS] ?? String(value);
  if (key === "insuranceSalary" && typeof value === "number") return formatMoney(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value)) return formatDate(value);
  if (typeof value === "number") return value.toLocaleString("vi-VN");
  if (typeof value === "object") return EMPTY;
  return String(value);
}

/**
 * The lines of one entry. A field whose value did not change gives no line ("Trạng thái: Đang sinh
 * hoạt → Đang sinh hoạt" says nothing); a field only after the change (the day, the reason) is one
 * value, not "— → …"; a field the page has no words for (an internal id, a version) is left out.
 * Lines come in the member form's order.
 */
export function describeChange(before: unknown, after: unknown, names: AuditNames): ChangeLine[] {
  if (!after || typeof after !== "object") return [];
  const b = before && typeof before === "object" ? (before as Record<string, unknown>) : {};
  const lines: ChangeLine[] = [];
  const a = after as Record<string, unknown>;
  // In the form's order, whatever order the stored JSON keeps its keys in (jsonb sorts them by length).
  for (const [key, label] of Object.entries(FIELD_LABELS)) {
    if (!(key in a)) continue;
    const to = a[key];
    const toText = auditValue(key, to, names);
    if (!(key in b)) {
      if (toText !== EMPTY) lines.push({ label, to: toText });
      continue;
    }
    const fromText = auditValue(key, b[key], names);
    if (JSON.stringify(b[key] ?? null) === JSON.stringify(to ?? null) || fromText === toText) continue;
    lines.push({ label, from: fromText, to: toText });
  }
  return lines;
}

/** The group ids an entry names, to be looked up once for the whole history. */
export function groupIdsIn(entries: { before: unknown; after: unknown }[]): string[] {
  const ids = new Set<string>();
  for (const e of entries)
    for (const side of [e.before, e.after])
      if (side && typeof side === "object") {
        const id = (side as Record<string, unknown>).groupId;
        if (typeof id === "string") ids.add(id);
      }
  return [...ids];
}
