// The welfare rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import type { MatrixRow } from "./matrix-kit";

export const WELFARE_MATRIX: Record<string, MatrixRow> = {};

/** Actions not run by the matrix, with the reason and where they are covered instead. */
export const WELFARE_NOT_COVERED: Record<string, string> = {};
