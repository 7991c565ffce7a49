// Payloads of the import actions. Client-safe.
import { z } from "@/lib/validation";

const importId = z.string().min(1).max(40);
export const commitImportSchema = z.object({ importId });
export const chooseMatchSchema = z.object({
  importId,
  rowNo: z.number().int().min(1).max(1_100_000),
  choice: z.string().min(1).max(40),
});
export const chooseAllSchema = z.object({ importId, choice: z.enum(["new", "skip"]) });
export type CommitImportInput = z.output<typeof commitImportSchema>;
export type ChooseMatchInput = z.output<typeof chooseMatchSchema>;
export type ChooseAllInput = z.output<typeof chooseAllSchema>;

/** A job not touched for this long while PARSING or WRITING was cut off (server or database stopped). */
export const STALE_MS = 2 * 60 * 1000;
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
