"use server";
// The tổ bình xét mutations: legacyAction (session → permission → zod) around handlers that take
// the parents from the stored records, lock the rating year, and audit inside their transaction.
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { saveMemberReview as saveMember } from "./save-member-review";
import {
  openGroupReview as open,
  submitGroupReview as submit,
  updateGroupReview as update,
} from "./open-group-review";
import { memberReviewSchema, openReviewSchema, submitReviewSchema, updateReviewSchema } from "./schema";

const refresh = <T>(result: T) => {
  revalidatePath("/rating", "layout");
  return result;
};

export const openGroupReview = legacyAction(
  {
    name: "rating.group-review.open",
    permission: "rating.review.group",
    schema: openReviewSchema,
    uniqueFields: { groupId: "Tổ đã mở bình xét năm này." },
  },
  async (v, actor) => refresh(await open(v, actor)),
);

export const updateGroupReview = legacyAction(
  { name: "rating.group-review.update", permission: "rating.review.group", schema: updateReviewSchema },
  async (v, actor) => refresh(await update(v, actor)),
);

export const saveMemberReview = legacyAction(
  { name: "rating.group-review.member", permission: "rating.review.group", schema: memberReviewSchema },
  async (v, actor) => refresh(await saveMember(v, actor)),
);

export const submitGroupReview = legacyAction(
  { name: "rating.group-review.submit", permission: "rating.review.group", schema: submitReviewSchema },
  async (v, actor) => refresh(await submit(v, actor)),
);
