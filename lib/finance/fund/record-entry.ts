import "server-only";
// The one way money enters or leaves the fund: every
// phiếu thu / chi, whether typed by the treasurer, posted by a paid welfare visit or by the dues
// ledger, is written here, numbered, and audited in the caller's transaction. Nothing edits or
// deletes an entry; reverseFundEntry writes its negative twin.
import { writeAudit } from "@/lib/audit/log";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_CATEGORIES, type Direction, VOUCHER_PREFIX } from "../labels";
import { ensureFundCategories } from "./categories";

export type FundEntryInput = {
  unitId: string;
  date: Date; // the voucher's day (@db.Date)
  direction: "IN" | "OUT";
  account: "CASH" | "BANK";
  category: string; // FundCategory code; fixed codes: "DUES" (IN), "DUES_REMIT" (OUT), "WELFARE" (OUT)
  amount: number; // integer đồng > 0
  voucherNo?: string | null;
  description: string;
  source?: { kind: "welfare_visit" | "dues_collection" | "dues_remittance"; id: string } | null;
  actorId: string; // the user id the audit row names
};

type Extra = {
  welfareFund?: "UNION_FUND" | "EMPLOYER" | "SOCIALIZED" | null;
  /**
   * A correction that lowers money already recorded on its own side (đoàn phí refunded: a negative
   * phiếu thu of DUES). Only the dues ledger uses it, through lib/finance/dues/fund-link.ts.
   */
  lowers?: boolean;
};

export async function recordFundEntry(
  tx: Prisma.TransactionClient,
  input: FundEntryInput,
  extra: Extra = {},
): Promise<{ id: string }> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
    throw invalid({ amount: "Số tiền phải là số đồng nguyên lớn hơn 0." });
  const amount = extra.lowers ? -input.amount : input.amount;
  const find = () =>
    tx.fundCategory.findUnique({
      where: { unitId_code: { unitId: input.unitId, code: input.category } },
      select: { id: true, direction: true, archivedAt: true },
    });
  let category = await find();
  // A unit created after the fund's migration gets its default categories on its first entry.
  if (!category && DEFAULT_CATEGORIES.some((c) => c.code === input.category)) {
    await ensureFundCategories(tx, input.unitId);
    category = await find();
  }
  if (!category) throw invalid({ categoryId: "Nội dung thu chi không tồn tại." });
  if (category.direction !== input.direction)
    throw invalid({
      categoryId: "Nội dung này không thuộc phía " + (input.direction === "IN" ? "thu." : "chi."),
    });
  const year = input.date.getUTCFullYear();
  const voucherNo = input.voucherNo?.trim() || (await nextVoucherNo(tx, input.unitId, year, input.direction));
  const taken = await tx.fundEntry.findFirst({
    where: { unitId: input.unitId, voucherYear: year, direction: input.direction, voucherNo },
    select: { id: true },
  });
  if (taken) throw invalid({ voucherNo: `Số phiếu ${voucherNo} năm ${year} đã có.` });
  const row = await tx.fundEntry.create({
    data: {
      unitId: input.unitId,
      date: input.date,
      direction: input.direction,
      account: input.account,
      categoryId: category.id,
      amount,
      voucherYear: year,
      voucherNo,
      description: input.description,
      sourceKind: input.source?.kind ?? null,
      sourceId: input.source?.id ?? null,
      welfareFund: extra.welfareFund ?? null,
      createdById: input.actorId,
    },
    select: { id: true },
  });
  await writeAudit(
    tx,
    { userId: input.actorId },
    {
      action: "finance.entry.record",
      entityType: "FundEntry",
      entityId: row.id,
      after: { ...input, amount, voucherNo, date: input.date.toISOString().slice(0, 10), actorId: undefined },
    },
  );
  return row;
}

/** The reversal of an entry: same category, direction and account, negative amount, its own voucher number. */
export async function reverseFundEntry(
  tx: Prisma.TransactionClient,
  input: { unitId: string; entryId: string; date: Date; reason: string; actorId: string },
): Promise<{ id: string }> {
  const entry = await tx.fundEntry.findFirst({
    where: { id: input.entryId, unitId: input.unitId },
    select: {
      id: true,
      direction: true,
      account: true,
      categoryId: true,
      amount: true,
      voucherNo: true,
      voucherYear: true,
      reversesId: true,
      reversal: { select: { id: true } },
      sourceKind: true,
      sourceId: true,
      welfareFund: true,
      date: true,
    },
  });
  if (!entry) throw notFound();
  if (entry.reversesId) throw conflict("Đây là phiếu điều chỉnh; không điều chỉnh tiếp phiếu này.");
  if (entry.reversal) throw conflict(`Phiếu ${entry.voucherNo}/${entry.voucherYear} đã được điều chỉnh.`);
  if (input.date < entry.date)
    throw invalid({ date: "Ngày điều chỉnh không được trước ngày của phiếu gốc." });
  const year = input.date.getUTCFullYear();
  const voucherNo = await nextVoucherNo(tx, input.unitId, year, entry.direction);
  const row = await tx.fundEntry.create({
    data: {
      unitId: input.unitId,
      date: input.date,
      direction: entry.direction,
      account: entry.account,
      categoryId: entry.categoryId,
      amount: -entry.amount,
      voucherYear: year,
      voucherNo,
      description: `Điều chỉnh phiếu ${entry.voucherNo}/${entry.voucherYear}: ${input.reason}`,
      sourceKind: entry.sourceKind,
      sourceId: entry.sourceId,
      welfareFund: entry.welfareFund,
      reversesId: entry.id,
      reversalReason: input.reason,
      createdById: input.actorId,
    },
    select: { id: true },
  });
  await writeAudit(
    tx,
    { userId: input.actorId },
    {
      action: "finance.entry.reverse",
      entityType: "FundEntry",
      entityId: row.id,
      before: { reverses: entry.id, voucherNo: entry.voucherNo, amount: entry.amount },
      after: {
        voucherNo,
        amount: -entry.amount,
        reason: input.reason,
        date: input.date.toISOString().slice(0, 10),
      },
    },
  );
  return row;
}

/** The next number of the year and direction: PT001, PT002… (numbers typed by hand that fit the pattern count too). */
async function nextVoucherNo(
  tx: Prisma.TransactionClient,
  unitId: string,
  year: number,
  direction: Direction,
) {
  const prefix = VOUCHER_PREFIX[direction];
  // Serialise numbering per unit: two vouchers written at once cannot take the same number.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`fund-voucher:${unitId}:${year}:${direction}`}))`;
  const rows = await tx.$queryRaw<{ n: number | null }[]>`
    SELECT MAX(substring("voucherNo" FROM ${`^${prefix}([0-9]+)$`})::int) AS n FROM "FundEntry"
    WHERE "unitId" = ${unitId} AND "voucherYear" = ${year} AND direction = ${direction}::"FundDirection"`;
  return `${prefix}${String((rows[0]?.n ?? 0) + 1).padStart(3, "0")}`;
}
