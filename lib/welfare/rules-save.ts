import "server-only";
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { parseDong, type budgetSchema, type categorySchema, type rateVersionSchema } from "./schema";

export async function saveCategory(actor: Actor, v: z.output<typeof categorySchema>, id?: string) {
  const data = { name: v.name, kind: v.kind, relativeApplies: v.relativeApplies };
  if (!id) {
    return db.$transaction(async (tx) => {
      const max = await tx.welfareCategory.aggregate({
        where: { unitId: actor.unitId },
        _max: { sortOrder: true },
      });
      const c = await tx.welfareCategory.create({
        data: {
          ...data,
          unitId: actor.unitId,
          sortOrder: (max._max.sortOrder ?? 0) + 10,
          archivedAt: v.archived ? new Date() : null,
        },
      });
      await writeAudit(tx, actor, {
        action: "welfare.category.create",
        entityType: "WelfareCategory",
        entityId: c.id,
        after: { ...data, archived: v.archived },
      });
      return { id: c.id };
    });
  }
  const current = await db.welfareCategory.findFirst({ where: { id, unitId: actor.unitId } });
  if (!current) throw notFound();
  const next = { ...data, archivedAt: v.archived ? (current.archivedAt ?? new Date()) : null };
  const change = diff(current as unknown as Record<string, unknown>, next);
  if (!change.changed) return { id };
  return db.$transaction(async (tx) => {
    await tx.welfareCategory.update({ where: { id }, data: next });
    await writeAudit(tx, actor, {
      action: "welfare.category.update",
      entityType: "WelfareCategory",
      entityId: id,
      before: change.before,
      after: change.after,
    });
    return { id };
  });
}

/** A new version of the quy chế: rows are never edited, a later version replaces them from its date. */
export async function saveRateVersion(actor: Actor, v: z.output<typeof rateVersionSchema>) {
  const categoryIds = [...new Set(v.lines.map((l) => l.categoryId))];
  if (categoryIds.length !== v.lines.length) throw invalid({ lines: "Mỗi loại chỉ có một dòng mức chi." });
  const found = await db.welfareCategory.count({ where: { id: { in: categoryIds }, unitId: actor.unitId } });
  if (found !== categoryIds.length) throw invalid({ lines: "Có loại thăm hỏi không thuộc đơn vị." });
  const effectiveFrom = parseDateInput(v.effectiveFrom)!;
  const exists = await db.welfareRateVersion.findFirst({
    where: { unitId: actor.unitId, effectiveFrom },
    select: { id: true },
  });
  if (exists)
    throw conflict("Đã có một phiên bản quy chế áp dụng từ ngày này.", {
      effectiveFrom: "Đã có một phiên bản quy chế áp dụng từ ngày này.",
    });
  const opt = (s: string) => (s === "" ? null : parseDong(s));
  const lines = v.lines.map((l) => ({
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
        adoptedOn: parseDateInput(v.adoptedOn)!,
        reference: v.reference,
        createdById: actor.userId,
        lines: { createMany: { data: lines } },
      },
    });
    await writeAudit(tx, actor, {
      action: "welfare.rates.create",
      entityType: "WelfareRateVersion",
      entityId: version.id,
      after: { effectiveFrom: v.effectiveFrom, adoptedOn: v.adoptedOn, reference: v.reference, lines },
    });
    return { id: version.id };
  });
}

/** Sets the dự toán of a year × category × fund; the change is audited with the old amount. */
export async function saveBudget(actor: Actor, v: z.output<typeof budgetSchema>) {
  const category = await db.welfareCategory.findFirst({
    where: { id: v.categoryId, unitId: actor.unitId },
    select: { id: true },
  });
  if (!category) throw invalid({ categoryId: "Loại thăm hỏi không tồn tại." });
  const amount = parseDong(v.amount)!;
  const key = { unitId: actor.unitId, year: v.year, categoryId: v.categoryId, fund: v.fund };
  return db.$transaction(async (tx) => {
    const current = await tx.welfareBudget.findUnique({
      where: { unitId_year_categoryId_fund: key },
      select: { amount: true },
    });
    const row = await tx.welfareBudget.upsert({
      where: { unitId_year_categoryId_fund: key },
      create: { ...key, amount },
      update: { amount },
    });
    await writeAudit(tx, actor, {
      action: "welfare.budget.set",
      entityType: "WelfareBudget",
      entityId: row.id,
      before: current ? { amount: current.amount } : null,
      after: { ...key, amount },
    });
    return { id: row.id };
  });
}
