// While PostgreSQL is away, page loads get a 503 with a Vietnamese page that reloads itself
// (lib/http/unavailable-page.ts), instead of each page failing on its first query. Only once a
// query has failed for want of a connection (lib/db/health.ts); a TCP probe, at most once a second,
// lets requests through again as soon as PostgreSQL listens. Server actions, RSC navigations and
// /api/* go through untouched: they already answer the outage in their own form (an action's
// Vietnamese error, the error page's retry loop, /api/health's 503).
// Before that, every write to a page from another site (a forged server action) is refused with 403.
import { type NextRequest, NextResponse } from "next/server";
import { databaseListening, dbDownSince, markDbUp } from "@/lib/db/health";
import { crossSiteResponse, isCrossSiteWrite } from "@/lib/http/origin";
import { UNAVAILABLE_RETRY_SECONDS, unavailablePage } from "@/lib/http/unavailable-page";
import { securityHeaders } from "@/lib/security/headers";

export async function proxy(request: NextRequest) {
  // A server action (or any POST to a page) from another site: 403, not Next's 500 (lib/http/origin.ts).
  if (isCrossSiteWrite(request.method, request.headers)) {
    const refused = crossSiteResponse();
    for (const h of securityHeaders()) refused.headers.set(h.key, h.value);
    return refused;
  }
  if (dbDownSince() === null) return NextResponse.next();
  if (request.method !== "GET" || request.headers.has("rsc") || request.headers.has("next-action"))
    return NextResponse.next();
  if (await databaseListening()) {
    markDbUp();
    return NextResponse.next();
  }
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Retry-After": String(UNAVAILABLE_RETRY_SECONDS),
    "Cache-Control": "no-store",
  });
  for (const h of securityHeaders()) headers.set(h.key, h.value);
  return new NextResponse(unavailablePage(), { status: 503, headers });
}

export const config = {
  // Pages only: not the build's files, not /api/*, not files with an extension.
  matcher: ["/((?!_next/|api/|.*\\..*).*)"],
};
