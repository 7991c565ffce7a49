// Who a meeting type invites when it is planned. Client-safe: the form follows the type with it,
// and the server refuses an invitation that does not fit the type (plan-checks.ts).
import type { MeetingTypeCode } from "./labels";
import type { INVITE_SOURCES } from "./schema";

export type InviteSource = (typeof INVITE_SOURCES)[number];

/** Sinh hoạt tổ and the tổ's bình xét: the tổ's own members, nobody else. */
export const isGroupMeeting = (type: string) => type === "GROUP" || type === "GROUP_REVIEW";

/** The invitation a type starts with: the tổ, the BCH, or the whole unit. A tổ trưởng invites only the tổ. */
export function defaultInvite(type: MeetingTypeCode, groupOnly: boolean): InviteSource {
  if (groupOnly || isGroupMeeting(type)) return "group";
  if (type === "BCH_REGULAR" || type === "BCH_EXTRAORDINARY") return "bch";
  return "unit";
}

/** The invitations the form offers for a type, the default first. */
export function inviteChoices(type: MeetingTypeCode, groupOnly: boolean): InviteSource[] {
  if (groupOnly || isGroupMeeting(type)) return ["group", "none"];
  const first = defaultInvite(type, groupOnly);
  return [first, ...(["bch", "unit", "group", "none"] as const).filter((s) => s !== first)];
}

export const INVITE_LABELS: Record<InviteSource, string> = {
  group: "Đoàn viên của tổ đã chọn",
  unit: "Toàn thể đoàn viên đơn vị",
  bch: "Ban Chấp hành (đang giữ chức vụ)",
  none: "Chưa mời ai",
};
