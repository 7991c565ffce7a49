// Welfare records for tests: a category with a rate line, a visit in a given state.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const tag = () => randomUUID().slice(0, 8);

export async function makeWelfareCategory(
  db: PrismaClient,
  unitId: string,
  opts: {
    name?: string;
    kind?: "PAYMENT" | "GIFT" | "NOMINATION";
    relativeApplies?: boolean;
    rate?: {
      defaultAmount: number;
      maxPerTime?: number | null;
      maxTimesPerYear?: number | null;
      maxAmountPerYear?: number | null;
      from?: string;
    };
  } = {},
) {
  const category = await db.welfareCategory.create({
    data: {
      unitId,
      name: opts.name ?? `Ốm đau ${tag()}`,
      kind: opts.kind ?? "PAYMENT",
      relativeApplies: opts.relativeApplies ?? false,
    },
  });
  if (opts.rate) {
    const from = day(opts.rate.from ?? "2020-01-01");
    const version =
      (await db.welfareRateVersion.findFirst({ where: { unitId, effectiveFrom: from } })) ??
      (await db.welfareRateVersion.create({
        data: {
          unitId,
          effectiveFrom: from,
          adoptedOn: from,
          reference: "Quy chế chi tiêu nội bộ số 01/QC-CĐCS",
        },
      }));
    await db.welfareRateLine.create({
      data: {
        versionId: version.id,
        categoryId: category.id,
        defaultAmount: opts.rate.defaultAmount,
        maxPerTime: opts.rate.maxPerTime ?? null,
        maxTimesPerYear: opts.rate.maxTimesPerYear ?? null,
        maxAmountPerYear: opts.rate.maxAmountPerYear ?? null,
      },
    });
  }
  return category;
}

export async function makeWelfareVisit(
  db: PrismaClient,
  v: {
    unitId: string;
    memberId: string;
    categoryId: string;
    eventOn?: string;
    amount?: number;
    state?: "PROPOSED" | "APPROVED" | "DONE" | "CANCELLED";
    fund?: "UNION_FUND" | "EMPLOYER" | "SOCIALIZED";
  },
) {
  return db.welfareVisit.create({
    data: {
      unitId: v.unitId,
      memberId: v.memberId,
      categoryId: v.categoryId,
      eventOn: day(v.eventOn ?? "2026-03-10"),
      amount: v.amount ?? 300_000,
      state: v.state ?? "PROPOSED",
      fund: v.fund ?? "UNION_FUND",
    },
  });
}

/**
 * A welfare dự toán line: the fund's budget of category WELFARE for one welfare category and fund (the
 * one source, decision 0076). Gives the unit its fund categories first when it has none.
 */
export async function makeWelfareBudget(
  db: PrismaClient,
  b: {
    unitId: string;
    year: number;
    categoryId: string;
    fund: "UNION_FUND" | "EMPLOYER" | "SOCIALIZED";
    amount: number;
  },
) {
  const welfare = await db.fundCategory.upsert({
    where: { unitId_code: { unitId: b.unitId, code: "WELFARE" } },
    create: {
      unitId: b.unitId,
      code: "WELFARE",
      name: "Thăm hỏi, trợ cấp đoàn viên",
      direction: "OUT",
      sortOrder: 20,
    },
    update: {},
  });
  return db.fundBudget.create({
    data: {
      unitId: b.unitId,
      year: b.year,
      categoryId: welfare.id,
      lineKey: `${b.categoryId}:${b.fund}`,
      welfareCategoryId: b.categoryId,
      welfareFund: b.fund,
      amount: b.amount,
    },
  });
}
