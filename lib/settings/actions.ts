"use server";
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { diff, writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { parseDateInput } from "@/lib/validation";
import { SETTING_REGISTRY, type SettingKey } from "./registry";
import { addSettingSchema, unitInfoSchema } from "./schema";
import { parseSettingInput } from "./service";

/** Tên CĐCS, công đoàn cấp trên and địa danh: the print header of every document. */
export const updateUnitInfo = legacyAction(
  { name: "unit.update", permission: "settings.write", schema: unitInfoSchema },
  async (values, actor) => {
    const current = await db.unit.findUniqueOrThrow({
      where: { id: actor.unitId },
      select: { name: true, parentName: true, placeName: true },
    });
    const change = diff(current, values);
    if (change.changed) {
      await db.$transaction(async (tx) => {
        await tx.unit.update({ where: { id: actor.unitId }, data: values });
        await writeAudit(tx, actor, {
          action: "unit.update",
          entityType: "Unit",
          entityId: actor.unitId,
          before: change.before,
          after: change.after,
        });
      });
    }
    revalidatePath("/", "layout");
    return { changed: change.changed };
  },
);

const DUPLICATE_DATE = "Quy định này đã có một giá trị hiệu lực từ ngày này. Chọn ngày khác.";

/** Adds a dated value. Rows are never edited or deleted, so the history stays whole. */
export const addSettingValue = legacyAction(
  {
    name: "setting.add",
    permission: "settings.write",
    schema: addSettingSchema,
    uniqueFields: { effectiveFrom: DUPLICATE_DATE },
  },
  async (input, actor) => {
    const key = input.key as SettingKey;
    const parsed = parseSettingInput(SETTING_REGISTRY[key], input.value);
    if (!parsed.ok) throw conflict(parsed.error, { value: parsed.error });
    const effectiveFrom = parseDateInput(input.effectiveFrom)!;
    const existing = await db.setting.findFirst({
      where: { unitId: actor.unitId, key, effectiveFrom },
      select: { id: true },
    });
    if (existing) throw conflict(DUPLICATE_DATE, { effectiveFrom: DUPLICATE_DATE });
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
    revalidatePath("/settings");
    return { id: row.id, message: `Đã lưu giá trị mới, áp dụng từ ${formatDate(effectiveFrom)}.` };
  },
);
