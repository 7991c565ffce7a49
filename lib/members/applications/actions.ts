"use server";
import { createAction } from "@/lib/action";
import { decideApplication } from "./decide-application";
import { issueAdmissionDecision } from "./issue-admission-decision";
import { recordAdmissionCeremony } from "./record-admission-ceremony";
import {
  decideApplicationSchema,
  issueAdmissionSchema,
  recordCeremonySchema,
  submitApplicationSchema,
  withdrawApplicationSchema,
} from "./schema";
import { submitApplication } from "./submit-application";
import { withdrawApplication } from "./withdraw-application";

export const submitApplicationAction = createAction(
  {
    name: "application.submit",
    permission: "members.write",
    schema: submitApplicationSchema,
    revalidate: ["/members/applications"],
  },
  submitApplication,
);

export const decideApplicationAction = createAction(
  {
    name: "application.decide",
    permission: "members.write",
    schema: decideApplicationSchema,
    revalidate: ["/members/applications"],
  },
  decideApplication,
);

export const withdrawApplicationAction = createAction(
  {
    name: "application.withdraw",
    permission: "members.write",
    schema: withdrawApplicationSchema,
    revalidate: ["/members/applications"],
  },
  withdrawApplication,
);

export const issueAdmissionDecisionAction = createAction(
  {
    name: "admission.issue",
    permission: "members.write",
    schema: issueAdmissionSchema,
    revalidate: ["/members/applications"],
  },
  issueAdmissionDecision,
);

export const recordAdmissionCeremonyAction = createAction(
  {
    name: "admission.ceremony",
    permission: "members.write",
    schema: recordCeremonySchema,
    revalidate: ["/members/applications", "/members"],
  },
  recordAdmissionCeremony,
);
