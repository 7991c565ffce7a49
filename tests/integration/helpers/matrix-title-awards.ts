// The lib/title-awards rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import type { MatrixRow } from "./matrix-kit";

export const TITLE_AWARDS_MATRIX: Record<string, MatrixRow> = {};

export const TITLE_AWARDS_NOT_COVERED: Record<string, string> = {};
