// How long the reader of an uploaded workbook (sheet-process.ts: the member list and the payroll
// list for đoàn phí both go through it) may run before it is stopped. The time grows with the
// file: a 100,000-row list on a busy 2-core server needs far more than a 30-row one, and the
// limit is set before reading, when the file's size is the one thing known. Pure.

const SECOND = 1000;
const MB = 1024 * 1024;

/** The time any file gets: SCD_IMPORT_PARSE_SECONDS, 60 s unless set. */
export const BASE_PARSE_MS = Number(process.env.SCD_IMPORT_PARSE_SECONDS ?? 60) * SECOND;
/** Added per megabyte of upload (an .xlsx expands about ten- to twentyfold into the XML read; a 60,000-row payroll list
 * took 90 s to read on a loaded 2-core machine: bench/results/2026-12-07-dues-import.md). */
export const PARSE_MS_PER_MB = 30 * SECOND;
/** Never longer than this (or the base, if set higher): a stuck parser must end. */
export const MAX_PARSE_MS = 300 * SECOND;

/** The time limit for reading a file of `bytes`: the base, plus 30 s a started megabyte, at most 5 minutes. */
export function parseTimeoutMs(bytes: number, base = BASE_PARSE_MS): number {
  const grown = base + Math.ceil(Math.max(0, bytes) / MB) * PARSE_MS_PER_MB;
  return Math.min(grown, Math.max(base, MAX_PARSE_MS));
}
