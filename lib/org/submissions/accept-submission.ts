import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import type { acceptSubmissionSchema } from "@/lib/submissions/schema";
import type { z } from "@/lib/validation";
import { decideSubmission } from "./decide-submission";

/** Tiếp nhận: the cấp trên accepts the current version; it is locked as sent. */
export async function acceptSubmission(actor: Actor, input: z.output<typeof acceptSubmissionSchema>) {
  return decideSubmission(actor, input.submissionId, "ACCEPTED", input.comment);
}
