import { afterEach, describe, expect, it } from "vitest";

const holder = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };

async function resetClient(url: string) {
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
  process.env.DATABASE_URL = url;
}

describe("GET /api/health", () => {
  const realUrl = process.env.DATABASE_URL!;
  afterEach(() => resetClient(realUrl));

  it("answers ok when PostgreSQL is reachable", async () => {
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 when PostgreSQL is not reachable", async () => {
    await resetClient("postgresql://postgres:postgres@127.0.0.1:1/none");
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(503);
    expect((await res.json()).db).not.toBe("ok");
  });
});
