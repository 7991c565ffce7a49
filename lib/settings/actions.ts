"use server";
import { createAction } from "@/lib/action";
import { addSettingValue, DUPLICATE_SETTING_DATE } from "./add-setting-value";
import { addSettingSchema, unitInfoSchema } from "./schema";
import { updateUnitInfo } from "./update-unit-info";

// The unit's name is in the header of every page.
export const updateUnitInfoAction = createAction(
  { name: "unit.update", permission: "settings.write", schema: unitInfoSchema, revalidate: ["/"] },
  updateUnitInfo,
);

export const addSettingValueAction = createAction(
  {
    name: "setting.add",
    permission: "settings.write",
    schema: addSettingSchema,
    uniqueFields: { effectiveFrom: DUPLICATE_SETTING_DATE },
    revalidate: ["/settings"],
  },
  addSettingValue,
);
