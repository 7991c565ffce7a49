// The trust rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import { db } from "@/lib/db";
import { BCH, row, tag, type MatrixRow } from "./matrix-kit";
import type { World } from "./world";

/** A previewed import of this unit: one new member, one ambiguous row matching a stored member. */
async function previewedImport(w: World) {
  const job = await db.memberImport.create({
    data: {
      unitId: w.unit.id,
      createdById: w.people.chair.user.id,
      fileName: "ds.xlsx",
      status: "PREVIEW",
      phase: "validate",
      progress: 100,
      rowCount: 2,
      counts: { NEW: 1, UPDATE: 0, SAME: 0, AMBIGUOUS: 1, ERROR: 0 },
    },
  });
  const name = `Nhập Ma Trận ${tag()}`;
  await db.memberImportRow.createMany({
    data: [
      {
        importId: job.id,
        rowNo: 2,
        outcome: "NEW",
        cells: [name],
        errors: [],
        data: { fullName: name, gender: "FEMALE", joinedUnionOn: "2020-09-01", groupId: w.groupA.id },
      },
      {
        importId: job.id,
        rowNo: 3,
        outcome: "AMBIGUOUS",
        cells: [w.people.member.member.fullName],
        errors: [],
        data: { fullName: w.people.member.member.fullName, gender: "MALE" },
        candidates: [
          {
            id: w.people.member.member.id,
            fullName: w.people.member.member.fullName,
            cardNumber: null,
            dateOfBirth: null,
            groupId: w.groupA.id,
          },
        ],
      },
    ],
  });
  return job;
}

export const TRUST_MATRIX: Record<string, MatrixRow> = {
  "members.import.chooseImportMatchAction": row({
    scope: "unit",
    prepare: previewedImport,
    input: (job) => ({ importId: job.id, rowNo: 3, choice: "skip" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "members.import.chooseAllAmbiguousAction": row({
    scope: "unit",
    prepare: previewedImport,
    input: (job) => ({ importId: job.id, choice: "new" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "members.import.commitMemberImportAction": row({
    scope: "unit",
    prepare: async (w) => {
      const job = await previewedImport(w);
      await db.memberImportRow.update({
        where: { importId_rowNo: { importId: job.id, rowNo: 3 } },
        data: { choice: "skip" },
      });
      return job;
    },
    input: (job) => ({ importId: job.id }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
};

/** Actions not run by the matrix, with the reason and where they are covered instead. */
export const TRUST_NOT_COVERED: Record<string, string> = {};
