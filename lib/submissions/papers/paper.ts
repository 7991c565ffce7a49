// What a paper builder gives the submission: the paper(s) as the engine's ReportDoc, and the payload.
import type { ReportDoc } from "@/lib/document/blocks";
import type { SubmissionKindCode, SubmissionPayload } from "../payloads";

export type Paper<K extends SubmissionKindCode> = { docs: ReportDoc[]; payload: SubmissionPayload[K] };
