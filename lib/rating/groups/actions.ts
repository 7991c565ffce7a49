"use server";
// The tổ's bình xét at /rating/groups: createAction (session → permission → zod → operation →
// revalidate) around operations that take the parents from the stored records, lock the rating
// year, and audit inside their transaction.
import { createAction } from "@/lib/action";
import { RATING_PAGES } from "../pages";
import { openGroupReview } from "./open-group-review";
import { saveMemberReview } from "./save-member-review";
import {
  memberReviewSchema,
  openGroupReviewSchema,
  submitGroupReviewSchema,
  updateGroupReviewSchema,
} from "./schema";
import { submitGroupReview } from "./submit-group-review";
import { updateGroupReview } from "./update-group-review";

export const openGroupReviewAction = createAction(
  {
    name: "rating.group-review.open",
    permission: "rating.review.group",
    schema: openGroupReviewSchema,
    uniqueFields: { groupId: "Tổ đã mở bình xét năm này." },
    revalidate: (v) => [...RATING_PAGES, `/rating/groups/${v.groupId}`],
  },
  openGroupReview,
);

export const updateGroupReviewAction = createAction(
  {
    name: "rating.group-review.update",
    permission: "rating.review.group",
    schema: updateGroupReviewSchema,
    revalidate: RATING_PAGES,
  },
  updateGroupReview,
);

export const saveMemberReviewAction = createAction(
  {
    name: "rating.group-review.member",
    permission: "rating.review.group",
    schema: memberReviewSchema,
    revalidate: RATING_PAGES,
  },
  saveMemberReview,
);

export const submitGroupReviewAction = createAction(
  {
    name: "rating.group-review.submit",
    permission: "rating.review.group",
    schema: submitGroupReviewSchema,
    revalidate: RATING_PAGES,
  },
  submitGroupReview,
);
