// Runs after the web server is up: adds accounts that only the e2e suite uses,
// so that locking one out (rate-limit test) cannot disturb the demo accounts.
import { e2eDb } from "./db";
import { makeUser } from "../factories/records";

export const LOCKOUT_EMAIL = "khoa-thu@e2e.vn";
export const E2E_PASSWORD = "Demo@2026";

export default async function globalSetup() {
  const db = e2eDb();
  const unit = await db.unit.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const member = await db.member.findFirstOrThrow({
    where: { unitId: unit.id, status: "ACTIVE", user: null },
    orderBy: { sortName: "asc" },
  });
  await makeUser(db, { unitId: unit.id, email: LOCKOUT_EMAIL, password: E2E_PASSWORD, memberId: member.id });
  await db.$disconnect();
}
