import "server-only";
// Who may see and write a tổ's review. Reading: the BCH and UBKT (rating.read.all) every tổ of
// the unit, a tổ trưởng the tổ they lead. Writing: only the tổ's own leader; the BCH decides
// later on its own screen and does not write the tổ's review. Anything else behaves as not found.
import { type Actor, can } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

export const readsAllGroups = (actor: Actor) => can(actor, "rating.read.all");

export const leadsGroup = (actor: Actor, groupId: string) =>
  can(actor, "rating.review.group") && actor.ledGroupIds.includes(groupId);

export const canReadGroup = (actor: Actor, groupId: string) =>
  readsAllGroups(actor) || leadsGroup(actor, groupId);

/** The tổ an actor may open in the review list, as a Prisma `where`. */
export function reviewGroupScope(actor: Actor): Prisma.GroupWhereInput {
  if (readsAllGroups(actor)) return { unitId: actor.unitId };
  if (can(actor, "rating.review.group") && actor.ledGroupIds.length)
    return { unitId: actor.unitId, id: { in: actor.ledGroupIds } };
  return { id: "__none__" };
}

export const STALE_MESSAGE =
  "Đã có người sửa bản bình xét này trong lúc bạn nhập. Tải lại trang để xem bản mới.";
export const SUBMITTED_MESSAGE = "Tổ đã gửi đề xuất: bản bình xét chỉ còn để xem.";
export const NOT_OPENED_MESSAGE = "Tổ chưa mở bình xét năm này: hãy mở bình xét trước.";
