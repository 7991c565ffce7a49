import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { parseDong, type rateVersionSchema } from "../schema";

/** A new version of the quy chế: rows are never edited, a later version replaces them from its date. */
export async function createRateVersion(actor: Actor, input: z.output<typeof rateVersionSchema>) {
  const categoryIds = [...new Set(input.lines.map((l) => l.categoryId))];
  if (categoryIds.length !== input.lines.length)
    throw invalid({ lines: "Mỗi loại chỉ có một dòng mức chi." });
  const found = await db.welfareCategory.count({ where: { id: { in: categoryIds }, unitId: actor.unitId } });
  if (found !== categoryIds.length) throw invalid({ lines: "Có loại thăm hỏi không thuộc đơn vị." });
  const effectiveFrom = parseDateInput(input.effectiveFrom)!;
  const exists = await db.welfareRateVersion.findFirst({
    where: { unitId: actor.unitId, effectiveFrom },
    select: { id: true },
  });
  if (exists)
    throw conflict("Đã có một phiên bản quy chế áp dụng từ ngày này.", {
      effectiveFrom: "Đã có một phiên bản quy chế áp dụng từ ngày này.",
    });
  const opt = (s: string) => (s === "" ? null : parseDong(s));
  const lines = input.lines.map((l) => ({
    categoryId: l.categoryId,
    defaultAmount: parseDong(l.defaultAmount)!,
    maxPerTime: opt(l.maxPerTime),
    maxTimesPerYear: l.maxTimesPerYear === "" ? null : Number(l.maxTimesPerYear),
    maxAmountPerYear: opt(l.maxAmountPerYear),
  }));
  return db.$transaction(async (tx) => {
    const version = await tx.welfareRateVersion.create({
      data: {
        unitId: actor.unitId,
        effectiveFrom,
        adoptedOn: parseDateInput(input.adoptedOn)!,
        reference: input.reference,
        createdById: actor.userId,
        lines: { createMany: { data: lines } },
      },
    });
    await writeAudit(tx, actor, {
      action: "welfare.rates.create",
      entityType: "WelfareRateVersion",
      entityId: version.id,
      after: {
        effectiveFrom: input.effectiveFrom,
        adoptedOn: input.adoptedOn,
        reference: input.reference,
        lines,
      },
    });
    return { id: version.id };
  });
}
