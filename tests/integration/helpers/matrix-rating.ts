// The lib/rating rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import type { MatrixRow } from "./matrix-kit";

export const RATING_MATRIX: Record<string, MatrixRow> = {};

export const RATING_NOT_COVERED: Record<string, string> = {};
