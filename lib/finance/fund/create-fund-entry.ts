import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { getSetting } from "@/lib/settings/queries";
import { parseDateInput, parseDong, type z } from "@/lib/validation";
import { FIXED_CODES } from "../labels";
import { recordFundEntry } from "./record-entry";
import type { entrySchema } from "./schema";

const AUTOMATIC: Record<string, string> = {
  [FIXED_CODES.DUES]: "Đoàn phí được ghi vào quỹ từ sổ thu đoàn phí.",
  [FIXED_CODES.DUES_REMIT]: "Đoàn phí nộp cấp trên được ghi vào quỹ từ sổ thu đoàn phí.",
  [FIXED_CODES.WELFARE]: "Chi thăm hỏi được ghi tự động khi thăm hỏi được ghi đã chi.",
};

/** A phiếu thu or phiếu chi typed by the treasurer; the khoản other modules post are refused here. */
export async function createFundEntry(actor: Actor, input: z.output<typeof entrySchema>) {
  const category = await db.fundCategory.findFirst({
    where: { id: input.categoryId, unitId: actor.unitId },
    select: { code: true, direction: true, archivedAt: true },
  });
  if (!category || category.archivedAt) throw invalid({ categoryId: "Nội dung thu chi không tồn tại." });
  if (AUTOMATIC[category.code]) throw invalid({ categoryId: AUTOMATIC[category.code] });
  const date = parseDateInput(input.date)!;
  if (category.code === "KPCD") {
    // A dated setting: a unit paid 100 % from the state budget collects no KPCĐ from 01/6/2025.
    const kpcd = await getSetting(actor.unitId, "finance.kpcd.collected", date);
    if (kpcd.value === "no")
      throw invalid({
        categoryId: `Đơn vị không thu kinh phí công đoàn từ ngày ${formatDate(kpcd.effectiveFrom)} (Cài đặt). Khoản cấp trên cấp ghi vào “Kinh phí cấp trên cấp hỗ trợ hoạt động”.`,
      });
  }
  return db.$transaction((tx) =>
    recordFundEntry(tx, {
      unitId: actor.unitId,
      date,
      direction: input.direction,
      account: input.account,
      category: category.code,
      amount: parseDong(input.amount)!,
      voucherNo: input.voucherNo || null,
      description: input.description,
      actorId: actor.userId,
    }),
  );
}
