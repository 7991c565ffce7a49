// Prisma's statements are prepared once per connection (lib/db/statements.ts, decision 0098): on
// the real PostgreSQL, a query sent twice on one connection leaves one named statement there, and
// the connection plans each call for its own values.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rawRows } from "@/lib/db/raw";

type Prepared = { name: string; statement: string };

describe("named statements on the app's connections", () => {
  it("a Prisma query sent twice on one connection is prepared there once, under its name", async () => {
    const seen = await db.$transaction(async (tx) => {
      await tx.unit.findMany({ where: { name: "không có đơn vị này" }, select: { id: true } });
      await tx.unit.findMany({ where: { name: "cũng không có" }, select: { id: true } });
      return tx.$queryRawUnsafe<Prepared[]>(
        `SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '%"Unit"%'`,
      );
    });
    const unitReads = seen.filter((p) => p.statement.includes('"public"."Unit"."name" = $1'));
    expect(unitReads).toHaveLength(1);
    expect(unitReads[0].name).toMatch(/^q[A-Za-z0-9_-]{24}$/);
  });

  it("each call is planned for its own values (plan_cache_mode)", async () => {
    const rows = await rawRows<{ plan_cache_mode: string }>("SHOW plan_cache_mode", []);
    expect(rows[0].plan_cache_mode).toBe("force_custom_plan");
  });

  it("a list of more than 16 ids is sent unnamed, so no statement is kept for its length", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `khong-co-${i}`);
    const seen = await db.$transaction(async (tx) => {
      await tx.unit.findMany({ where: { id: { in: ids } }, select: { id: true } });
      return tx.$queryRawUnsafe<Prepared[]>(
        `SELECT name, statement FROM pg_prepared_statements
          WHERE statement LIKE '%"Unit"."id" IN%' AND statement NOT LIKE '%pg_prepared_statements%'`,
      );
    });
    expect(seen).toEqual([]);
  });
});
