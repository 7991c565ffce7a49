// Creates the next migration: `npm run db:migrate:new -- <name>`.
// Diffs the schema as of the last migration (prisma/migrations/schema.snapshot.prisma)
// against prisma/schema.prisma with Prisma's WebAssembly schema engine, because the
// CLI's native engine cannot be downloaded on every machine. See docs/decisions/0001-migrations.md.
import { mkdirSync, readFileSync, writeFileSync, existsSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { startEmbeddedDb } from "./lib/embedded-db";

const root = process.cwd();
const schemaPath = join(root, "prisma/schema.prisma");
const migrationsDir = join(root, "prisma/migrations");
const snapshotPath = join(migrationsDir, "schema.snapshot.prisma");

async function loadEngine() {
  const require = createRequire(import.meta.url);
  const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = join(
    require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/schema_engine_bg\.js$/, ""),
    "schema_engine_bg.wasm",
  );
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), {
    "./schema_engine_bg.js": runtime as unknown as WebAssembly.ModuleImports,
  });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime.SchemaEngine;
}

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  if (!name) throw new Error("Cách dùng: npm run db:migrate:new -- <ten_migration>");
  const SchemaEngine = await loadEngine();
  // The engine wants a live connection even for a schema-to-schema diff; a scratch database serves.
  const db = await startEmbeddedDb({
    dataDir: join(tmpdir(), "so-cong-doan-migrate-new"),
    database: "scratch",
    durable: false,
  });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: db.url }));
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  const current = readFileSync(schemaPath, "utf8");
  const from = existsSync(snapshotPath)
    ? {
        tag: "schemaDatamodel" as const,
        files: [{ path: "snapshot.prisma", content: readFileSync(snapshotPath, "utf8") }],
      }
    : { tag: "empty" as const };
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  await db.stop();
  const sql = (result as { stdout?: string }).stdout ?? "";
  if (!sql.trim() || /empty migration/i.test(sql)) {
    console.log("Không có thay đổi trong schema.");
    process.exit(0);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  copyFileSync(schemaPath, snapshotPath);
  console.log(`Đã tạo ${dir}/migration.sql`);
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
