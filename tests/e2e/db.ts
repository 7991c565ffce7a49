// Direct database access for e2e assertions ("the database is unchanged") and fixtures.
import { createPrisma } from "../../scripts/lib/prisma";

export const E2E_DB_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? 54500}/so_cong_doan`;

let client: ReturnType<typeof createPrisma> | null = null;
export function e2eDb() {
  client ??= createPrisma(E2E_DB_URL);
  return client;
}
