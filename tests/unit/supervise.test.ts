// The launcher's restart backoff after Next dies: 1 s, 2 s, 4 s, 8 s, 16 s, then every 30 s.
import { describe, expect, it } from "vitest";
import { restartDelayMs } from "../../scripts/lib/supervise";

describe("restartDelayMs", () => {
  it("doubles from one second and stays at thirty", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(restartDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});
