// The lib/group-review rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import type { MatrixRow } from "./matrix-kit";

export const GROUP_REVIEW_MATRIX: Record<string, MatrixRow> = {};

export const GROUP_REVIEW_NOT_COVERED: Record<string, string> = {};
