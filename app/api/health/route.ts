import { db } from "@/lib/db";
import { DB_UNAVAILABLE_MESSAGE } from "@/lib/db/errors";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 3000;

/**
 * For monitors and load balancers: no authentication, no data. 503 with a Vietnamese message while
 * PostgreSQL is down; the connection pool reconnects by itself, so it answers 200 again once the
 * database is back, without restarting the app.
 */
export async function GET() {
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, fail) =>
        setTimeout(() => fail(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref(),
      ),
    ]);
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    console.error("[health] database unreachable:", (err as Error).message);
    return Response.json(
      { status: "error", db: "unreachable", message: DB_UNAVAILABLE_MESSAGE },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
    );
  }
}
