// Cross-site requests that would change something are refused with 403, before any session is
// read: server actions (proxy.ts, for every page) and state-changing route handlers (createRoute).
// Next's own check for server actions (same Origin and Host) also refuses them, but as a 500.
// The rule is Next's: the Origin's host must be the request's host (`X-Forwarded-Host` first, as
// Next reads it); a request without an Origin (curl, a script) is not a browser acting for a
// signed-in user and goes through; `Origin: null` (a sandboxed frame, a file) is cross-site.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_SITE_MESSAGE =
  "Yêu cầu đến từ một trang web khác nên đã bị từ chối. Hãy thao tác trực tiếp trên Sổ Công đoàn.";

/** True when a state-changing request comes from another site. */
export function isCrossSiteWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null", or anything that is not a URL
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost.toLowerCase() !== host.toLowerCase();
}

/** The 403 answer: JSON for route handlers and server actions alike (neither renders a page). */
export const crossSiteResponse = () => Response.json({ error: CROSS_SITE_MESSAGE }, { status: 403 });
