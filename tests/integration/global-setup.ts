// Starts a throw-away PostgreSQL for the integration tests, migrates it and hands
// its URL to the workers (see setup.ts). Never touches the user's data directory.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Per process, so two runs at once (e.g. an editor and a terminal) don't share a cluster.
  const dataDir = join(process.cwd(), "tests/.tmp", `pg-integration-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedDb({ dataDir, database: "scd_test", durable: false });
  try {
    await applyMigrations(pg.url);
  } catch (err) {
    await pg.stop();
    throw err;
  }
  project.provide("databaseUrl", pg.url);
  return async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
