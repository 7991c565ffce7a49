import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

// Audit rows name the account, never the password or its hash.
export async function findAccountInUnit(userId: string, unitId: string) {
  const user = await db.user.findFirst({
    where: { id: userId, unitId },
    select: { id: true, email: true, isActive: true },
  });
  if (!user) throw notFound();
  return user;
}
