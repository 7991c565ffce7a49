import "server-only";
// The credentials check behind sign-in: count the attempt, then (if under the limit) the password.
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "./client-ip";
import { verifyPassword } from "./password";
import { beginLoginAttempt, loginSucceeded } from "./rate-limit";

export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(200) });

/** The signed-in user, null for a wrong email or password; throws RateLimitedSignin over the limit. */
export async function authorizeCredentials(raw: unknown, headers: Headers) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const ticket = await beginLoginAttempt(email, clientIp(headers));
  if (ticket.blocked) throw new RateLimitedSignin();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, isActive: true },
  });
  const ok = user && user.isActive && (await verifyPassword(user.passwordHash, parsed.data.password));
  if (!ok || !user) return null; // the attempt's row stays: it is the failure
  await loginSucceeded(email, ticket);
  // The sign-in time is a security record (real clock, decision 0060).
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email };
}
