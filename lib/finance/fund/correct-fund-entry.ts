import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { parseDateInput, type z } from "@/lib/validation";
import { reverseFundEntry } from "./record-entry";
import type { correctEntrySchema } from "./schema";

const LINKED: Record<string, string> = {
  welfare_visit: "Phiếu này là chi thăm hỏi: hãy hủy lượt thăm hỏi, phiếu sẽ được điều chỉnh theo.",
  dues_collection: "Phiếu này ghi từ sổ thu đoàn phí: hãy điều chỉnh ở sổ thu đoàn phí.",
  dues_remittance: "Phiếu này ghi từ sổ thu đoàn phí: hãy điều chỉnh ở sổ thu đoàn phí.",
};

/** Điều chỉnh: a wrong entry is reversed by its negative twin; nothing is edited or deleted. */
export async function correctFundEntry(actor: Actor, input: z.output<typeof correctEntrySchema>) {
  const entry = await db.fundEntry.findFirst({
    where: { id: input.id, unitId: actor.unitId },
    select: { sourceKind: true },
  });
  if (!entry) throw notFound();
  if (entry.sourceKind && LINKED[entry.sourceKind]) throw conflict(LINKED[entry.sourceKind]);
  return db.$transaction((tx) =>
    reverseFundEntry(tx, {
      unitId: actor.unitId,
      entryId: input.id,
      date: parseDateInput(input.date)!,
      reason: input.reason,
      actorId: actor.userId,
    }),
  );
}
