// The bench sign-in accounts (made by bench/seed.ts, used by bench/run.ts).
export const BENCH_PASSWORD = "Bench@2026";
export const BENCH_EMAILS = {
  chair: "chutich@bench.vn",
  leader: "totruong@bench.vn",
  member: "doanvien@bench.vn",
} as const;
