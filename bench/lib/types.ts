// The contract between the benchmark harness (bench/run.ts, bench/seed.ts) and each feature's
// benchmark cases (bench/cases/<domain>.ts) and data generators (bench/seed/<domain>.ts).
import type { Pool } from "pg";

/** Ids the base generator leaves for the feature generators and the cases. */
export type BenchIds = {
  unitId: string;
  termId: string;
  /** All 1,000 tổ, in order; the first is the big one (200+ members) used by bulk cases. */
  groupIds: string[];
  /** Bench sign-in accounts (password "Bench@2026"): the chủ tịch, a tổ trưởng of groupIds[0], a đoàn viên of groupIds[0]. */
  users: { chair: string; leader: string; member: string };
  memberIdOf: { chair: string; leader: string; member: string };
};

/**
 * Generates one feature's history for the 60,000-member unit, with set-based SQL (no row-by-row inserts).
 * bench/seed.ts calls the default export of bench/seed/<domain>.ts, else its export named seed…
 * bench/run.ts runs every exported BenchCase[] of bench/cases/<domain>.ts (and weighs `pages`).
 */
export type BenchSeed = (pool: Pool, ids: BenchIds) => Promise<void>;

export type BenchUser = keyof BenchIds["users"];

export type BenchCtx = {
  ids: BenchIds;
  pool: Pool;
  /** GET a page of the running app as a bench user; resolves when the whole HTML has arrived. */
  get: (path: string, as: BenchUser) => Promise<Response>;
  /** Call a server action the way its form does, as a bench user. */
  action: (exportName: string, payload: unknown, as: BenchUser, fromPage: string) => Promise<unknown>;
};

export type BenchCase = {
  /** Vietnamese or plain name printed in the results table, e.g. "Danh sách đoàn viên (trang 1)". */
  name: string;
  kind: "list" | "search" | "detail" | "action" | "report";
  /** The target for p95 server time, in ms. */
  targetP95Ms?: number;
  /** Prepares state once before the runs (optional). */
  setup?: (ctx: BenchCtx) => Promise<void>;
  /** One measured run through the app. */
  run: (ctx: BenchCtx) => Promise<void>;
  /** The same data fetched with raw SQL only, for the app-time / SQL-time ratio. */
  raw?: (ctx: BenchCtx) => Promise<void>;
  /** Default 30. */
  runs?: number;
};

/**
 * A page whose client JavaScript the harness weighs (gzip). Optional extension: a case file may
 * export `pages: BenchPage[]` beside its cases. Member-facing pages have the 150 KB target.
 */
export type BenchPage = {
  name: string;
  path: string | ((ids: BenchIds) => string);
  as: BenchUser;
  memberFacing?: boolean;
};
