// The ledger's URL parameters: ?month=2026-03&group=…&q=…&after=<member id>. Client-safe.
import { z } from "@/lib/validation";
import { normalizeMonth } from "./schema";

export const monthViewParamsSchema = (defaultMonth: string) =>
  z.object({
    month: z
      .string()
      .optional()
      .transform((v) => (v && normalizeMonth(v)) || defaultMonth),
    group: z.string().trim().max(40).optional().default(""),
    q: z.string().trim().max(100).optional().default(""),
    // Keyset paging: the page after / before a member (its id).
    after: z.string().trim().max(40).optional().default(""),
    before: z.string().trim().max(40).optional().default(""),
  });

/** The month before or after "yyyy-MM". */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

export const yearParamSchema = (defaultYear: number) =>
  z.coerce.number().int().min(2000).max(2100).catch(defaultYear).default(defaultYear);
