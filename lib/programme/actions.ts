"use server";
// The chương trình công tác năm (decision 0082): wrappers only (decision 0062); each operation is
// in the file named after it. The BCH writes (programme.manage); every member of the unit reads.
import { createAction } from "@/lib/action";
import { changeProgrammeItemState } from "./change-programme-item-state";
import { copyProgrammeFromLastYear } from "./copy-programme-from-last-year";
import { createProgrammeItem } from "./create-programme-item";
import {
  copyProgrammeSchema,
  programmeItemSchema,
  programmeStateSchema,
  updateProgrammeItemSchema,
} from "./schema";
import { updateProgrammeItem } from "./update-programme-item";

export const createProgrammeItemAction = createAction(
  {
    name: "programme.createProgrammeItem",
    permission: "programme.manage",
    schema: programmeItemSchema,
    revalidate: [{ layout: "/programme" }],
  },
  createProgrammeItem,
);
export const updateProgrammeItemAction = createAction(
  {
    name: "programme.updateProgrammeItem",
    permission: "programme.manage",
    schema: updateProgrammeItemSchema,
    revalidate: [{ layout: "/programme" }],
  },
  updateProgrammeItem,
);
export const changeProgrammeItemStateAction = createAction(
  {
    name: "programme.changeProgrammeItemState",
    permission: "programme.manage",
    schema: programmeStateSchema,
    revalidate: [{ layout: "/programme" }],
  },
  changeProgrammeItemState,
);
export const copyProgrammeFromLastYearAction = createAction(
  {
    name: "programme.copyProgrammeFromLastYear",
    permission: "programme.manage",
    schema: copyProgrammeSchema,
    revalidate: [{ layout: "/programme" }],
  },
  copyProgrammeFromLastYear,
);
