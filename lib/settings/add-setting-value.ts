import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { parseDateInput, type z } from "@/lib/validation";
import { assertCycleChangeAllowed } from "./cycle-change";
import { SETTING_REGISTRY, type SettingKey } from "./registry";
import type { addSettingSchema } from "./schema";
import { parseSettingInput } from "./service";

export const DUPLICATE_SETTING_DATE = "Quy định này đã có một giá trị hiệu lực từ ngày này. Chọn ngày khác.";

/** Adds a dated value. Rows are never edited or deleted, so the history stays whole. */
export async function addSettingValue(actor: Actor, input: z.output<typeof addSettingSchema>) {
  const key = input.key as SettingKey;
  const parsed = parseSettingInput(SETTING_REGISTRY[key], input.value);
  if (!parsed.ok) throw conflict(parsed.error, { value: parsed.error });
  const effectiveFrom = parseDateInput(input.effectiveFrom)!;
  await assertCycleChangeAllowed(actor.unitId, key, parsed.value, effectiveFrom);
  const existing = await db.setting.findFirst({
    where: { unitId: actor.unitId, key, effectiveFrom },
    select: { id: true },
  });
  if (existing) throw conflict(DUPLICATE_SETTING_DATE, { effectiveFrom: DUPLICATE_SETTING_DATE });
  const row = await db.$transaction(async (tx) => {
    const s = await tx.setting.create({
      data: { unitId: actor.unitId, key, value: parsed.value, effectiveFrom, createdById: actor.userId },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "setting.add",
      entityType: "Setting",
      entityId: s.id,
      after: {
        key,
        value: parsed.value,
        effectiveFrom: input.effectiveFrom,
        note: input.note || undefined,
      },
    });
    return s;
  });
  return { id: row.id, message: `Đã lưu giá trị mới, áp dụng từ ${formatDate(effectiveFrom)}.` };
}
