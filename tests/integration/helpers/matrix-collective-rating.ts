// The lib/collective-rating rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import type { MatrixRow } from "./matrix-kit";

export const COLLECTIVE_RATING_MATRIX: Record<string, MatrixRow> = {};

export const COLLECTIVE_RATING_NOT_COVERED: Record<string, string> = {};
