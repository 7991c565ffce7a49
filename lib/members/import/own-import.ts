import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** The import job, if it belongs to the unit; else NOT_FOUND. */
export async function ownImport(importId: string, unitId: string) {
  const job = await db.memberImport.findFirst({
    where: { id: importId, unitId },
    select: { id: true, status: true, fileName: true, updatedAt: true },
  });
  if (!job) throw notFound();
  return job;
}
