import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For monitors and load balancers: no authentication, no data. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" });
  } catch (err) {
    console.error("[health] database unreachable:", (err as Error).message);
    return Response.json({ status: "error", db: "unreachable" }, { status: 503 });
  }
}
