"use server";
import { createAction } from "@/lib/action";
import { submitPaperSchema } from "./schema";
import { SUBMISSION_SCREENS } from "./screens";
import { submitPaper } from "./submit-paper";

export const submitPaperAction = createAction(
  {
    name: "submission.send",
    permission: "submissions.send",
    schema: submitPaperSchema,
    revalidate: (input) => ["/submissions", SUBMISSION_SCREENS[input.kind]],
  },
  submitPaper,
);
