// How long the launcher waits before starting Next again after its n-th failure in a row:
// 1 s, 2 s, 4 s, 8 s, 16 s, then every 30 s.
export function restartDelayMs(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}
