"use server";
import { createAction } from "@/lib/action";
import { acceptSubmissionSchema, returnSubmissionSchema } from "@/lib/submissions/schema";
import { acceptSubmission } from "./accept-submission";
import { returnSubmission } from "./return-submission";

export const returnSubmissionAction = createAction(
  {
    name: "org.submission.return",
    permission: "org.submissions.decide",
    schema: returnSubmissionSchema,
    revalidate: (input) => ["/org/submissions", `/org/submissions/${input.submissionId}`],
  },
  returnSubmission,
);

export const acceptSubmissionAction = createAction(
  {
    name: "org.submission.accept",
    permission: "org.submissions.decide",
    schema: acceptSubmissionSchema,
    revalidate: (input) => ["/org/submissions", `/org/submissions/${input.submissionId}`],
  },
  acceptSubmission,
);
