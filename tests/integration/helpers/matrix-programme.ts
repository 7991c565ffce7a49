// The programme's rows of the action matrix (see action-matrix.ts and matrix-kit.ts): the BCH writes
// the chương trình công tác (programme.manage); a tổ trưởng, a đoàn viên and the UBKT only read it.
import { db } from "@/lib/db";
import { BCH, tag, type MatrixRow, row } from "./matrix-kit";
import type { World } from "./world";
import { THIS_YEAR } from "../../support/today";

/** One item of this unit's programme, fresh for each cell. */
export const makeProgrammeItem = (w: World, year = THIS_YEAR, extra: Record<string, unknown> = {}) =>
  db.programmeItem.create({
    data: { unitId: w.unit.id, year, month: 3, title: `Hội thi nấu ăn ${tag()}`, ...extra },
  });

export const PROGRAMME_MATRIX: Record<string, MatrixRow> = {
  "programme.createProgrammeItemAction": row({
    scope: "unit",
    permission: "programme.manage",
    input: (_, w) => ({
      year: THIS_YEAR,
      period: "M3",
      title: `Kỷ niệm Ngày Quốc tế Phụ nữ 8/3 ${tag()}`,
      content: "",
      ownerMemberId: w.memberIdOf("bchMember"),
      link: "",
    }),
    // The person in charge is not a member of their unit: a field error on ownerMemberId.
    expected: { ...BCH, chairOfOtherUnit: "VALIDATION" },
  }),
  "programme.updateProgrammeItemAction": row({
    scope: "unit",
    permission: "programme.manage",
    prepare: (w) => makeProgrammeItem(w),
    input: (i) => ({
      id: i.id,
      title: `${i.title} (sửa)`,
      content: "Toàn đơn vị",
      ownerMemberId: "",
      link: "",
    }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "programme.changeProgrammeItemStateAction": row({
    scope: "unit",
    permission: "programme.manage",
    prepare: (w) => makeProgrammeItem(w),
    input: (i) => ({ id: i.id, state: "MOVED", reason: "Trùng lịch thi học kỳ", period: "M5" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "programme.copyProgrammeFromLastYearAction": row({
    scope: "unit",
    permission: "programme.manage",
    prepare: (w) => makeProgrammeItem(w, THIS_YEAR - 1),
    input: () => ({ year: THIS_YEAR }),
    // Their unit has no programme last year: nothing to copy.
    expected: { ...BCH, chairOfOtherUnit: "CONFLICT" },
  }),
};

export const PROGRAMME_NOT_COVERED: Record<string, string> = {};
