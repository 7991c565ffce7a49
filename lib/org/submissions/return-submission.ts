import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import type { returnSubmissionSchema } from "@/lib/submissions/schema";
import type { z } from "@/lib/validation";
import { decideSubmission } from "./decide-submission";

/** Trả lại: the cấp trên sends the current version back with what to change. */
export async function returnSubmission(actor: Actor, input: z.output<typeof returnSubmissionSchema>) {
  return decideSubmission(actor, input.submissionId, "RETURNED", input.comment);
}
