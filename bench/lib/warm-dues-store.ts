// Builds the stored dues ledger (lib/finance/dues/store.ts) of a unit for some years, so that a
// bench measures the steady state: `tsx --conditions=react-server bench/lib/warm-dues-store.ts <url> <unitId> <years…>`.
// Run by bench/seed/dues.ts at the end of its seeding (lib/ needs the react-server condition).
async function main() {
  const [url, unitId, ...years] = process.argv.slice(2);
  process.env.DATABASE_URL = url;
  const { freshDuesYears } = await import("../../lib/finance/dues/store");
  const { db } = await import("../../lib/db");
  await freshDuesYears(unitId, years.map(Number));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
