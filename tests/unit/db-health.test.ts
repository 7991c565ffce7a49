import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { databaseListening, dbDownSince, markDbDown, markDbUp } from "@/lib/db/health";

const wait = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe("what the server knows of its database", () => {
  it("is down from the first failed query until the next one that works", () => {
    markDbUp();
    expect(dbDownSince()).toBeNull();
    markDbDown();
    const since = dbDownSince();
    expect(since).toEqual(expect.any(Number));
    markDbDown(); // a second failure keeps the first moment
    expect(dbDownSince()).toBe(since);
    markDbUp();
    expect(dbDownSince()).toBeNull();
  });

  it("probes PostgreSQL's port: closed is false, listening is true, at most once a second", async () => {
    const server = createServer((s) => s.destroy());
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const port = (server.address() as { port: number }).port;
    const url = `postgresql://u:p@127.0.0.1:${port}/db`;
    expect(await databaseListening(url)).toBe(true);
    await new Promise((ok) => server.close(ok));
    expect(await databaseListening(url)).toBe(true); // the answer of the last second
    await wait(1050);
    expect(await databaseListening(url)).toBe(false);
  });
});
