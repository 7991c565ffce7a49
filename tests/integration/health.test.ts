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
    const body = await res.json();
    expect(body.db).not.toBe("ok");
    expect(body.message).toBe("Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít phút.");
    expect(res.headers.get("retry-after")).toBe("5");
  });

  it("while PostgreSQL is down, queries fail as 'database unavailable' and actions say so in Vietnamese", async () => {
    await resetClient("postgresql://postgres:postgres@127.0.0.1:1/none");
    const { db } = await import("@/lib/db");
    const { DbUnavailableError } = await import("@/lib/db/errors");
    const { DB_UNAVAILABLE_DIGEST } = await import("@/lib/db/unavailable");
    const err = await db.member.count().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbUnavailableError);
    expect((err as { digest: string }).digest).toBe(DB_UNAVAILABLE_DIGEST);
    const { actAs } = await import("./helpers/session");
    const { updateOwnContactAction } = await import("@/lib/members/actions");
    actAs("any-user");
    expect(await updateOwnContactAction({ phone: "", email: "" })).toEqual({
      ok: false,
      code: "INTERNAL",
      error: "Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít phút.",
      fieldErrors: undefined,
    });
  });
});
