// What this server process knows of its database: marked down when a query fails for want of a
// connection (lib/db/guard.ts), up again after the next query that works. proxy.ts reads it to
// answer page loads with a 503 while PostgreSQL is away. No "server-only" import: proxy.ts is not
// part of the React server graph. State lives on globalThis, shared by the proxy and the app.
import { connect } from "node:net";

const state = globalThis as unknown as {
  __scdDbDownSince?: number | null;
  __scdDbProbe?: { at: number; ok: Promise<boolean> };
};

export function markDbDown() {
  state.__scdDbDownSince ??= Date.now();
}

export function markDbUp() {
  if (state.__scdDbDownSince) state.__scdDbDownSince = null;
}

/** When the last failed query found the database gone; null while it answers. */
export function dbDownSince(): number | null {
  return state.__scdDbDownSince ?? null;
}

/**
 * Whether PostgreSQL accepts TCP connections again, asked at most once a second whatever the
 * traffic (a connection that is accepted is closed at once).
 */
export function databaseListening(url = process.env.DATABASE_URL, timeoutMs = 500): Promise<boolean> {
  const now = Date.now();
  if (state.__scdDbProbe && now - state.__scdDbProbe.at < 1000) return state.__scdDbProbe.ok;
  const ok = new Promise<boolean>((resolve) => {
    let u: URL;
    try {
      u = new URL(url ?? "");
    } catch {
      return resolve(true); // nothing to probe: let the request find out
    }
    const socket = connect({ host: u.hostname || "127.0.0.1", port: Number(u.port || 5432) });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
  state.__scdDbProbe = { at: now, ok };
  return ok;
}
