import "server-only";
import { hostname } from "node:os";
import nodemailer from "nodemailer";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { type MailConfig, mailConfig } from "./mail-config";

// The outbox worker (docs/decisions/0073-notifications.md). Every app instance runs it; they
// share the work through PostgreSQL only:
//   PENDING ─claim (FOR UPDATE SKIP LOCKED, lease)→ SENDING ─SMTP accepted→ SENT
//                                                     ├─SMTP error→ PENDING later (backoff), FAILED after MAX_ATTEMPTS
//                                                     └─lease expired (the sender died)→ FAILED, never resent
// The last line is the one place where "never twice" and "always" conflict: a worker that died after
// the SMTP server accepted the mail but before SENT was written would send it again. We choose at
// most once there: the notice is always in the app, the window is a few milliseconds, and the job's
// fixed Message-ID lets the log and the mailbox tell which mail it was.

export const MAX_ATTEMPTS = 5;
const LEASE_MS = 5 * 60_000;
const SMTP_TIMEOUT_MS = 60_000;

/** 1, 2, 4, 8 minutes… capped at an hour. */
export function retryDelayMs(attempts: number) {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

type Claimed = {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  messageId: string;
  attempts: number;
};

export const RECOVERED_ERROR = "Máy gửi dừng giữa chừng khi đang gửi: không gửi lại để tránh gửi hai lần.";

/** Jobs left SENDING by a worker that died (its lease ran out) become FAILED and are not resent. */
export async function recoverAbandonedMail(): Promise<number> {
  const at = clock.now();
  return db.$executeRaw`
    UPDATE "MailJob" SET state = 'FAILED', "lastError" = ${RECOVERED_ERROR}, "leaseUntil" = NULL, "updatedAt" = now()
    WHERE state = 'SENDING' AND "leaseUntil" < ${at}`;
}

/** Takes up to `batch` due jobs for this worker: rows another worker holds are skipped, not waited for. */
export async function claimMailJobs(workerId: string, batch: number, leaseMs = LEASE_MS): Promise<Claimed[]> {
  // Due and lease times come from the one clock (lib/clock.ts), not the database's own now().
  const at = clock.now();
  const leaseUntil = new Date(at.getTime() + leaseMs);
  return db.$queryRaw<Claimed[]>`
    UPDATE "MailJob" j SET state = 'SENDING', attempts = j.attempts + 1, "lockedBy" = ${workerId},
      "leaseUntil" = ${leaseUntil}, "updatedAt" = now()
    WHERE j.id IN (
      SELECT id FROM "MailJob" WHERE state = 'PENDING' AND "nextAttemptAt" <= ${at}
      ORDER BY "nextAttemptAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING j.id, j."toAddress", j.subject, j.text, j."messageId", j.attempts`;
}

export function createTransport(config: MailConfig) {
  const base = {
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  };
  return typeof config.transport === "string"
    ? nodemailer.createTransport(config.transport, base)
    : nodemailer.createTransport({ ...config.transport, ...base });
}

async function markSent(job: Claimed, workerId: string) {
  await db.mailJob.updateMany({
    where: { id: job.id, state: "SENDING", lockedBy: workerId },
    data: { state: "SENT", sentAt: clock.now(), leaseUntil: null, lastError: null },
  });
}

async function markFailedAttempt(job: Claimed, workerId: string, err: unknown) {
  const last = job.attempts >= MAX_ATTEMPTS;
  await db.mailJob.updateMany({
    where: { id: job.id, state: "SENDING", lockedBy: workerId },
    data: {
      state: last ? "FAILED" : "PENDING",
      leaseUntil: null,
      lastError: String((err as Error)?.message ?? err).slice(0, 500),
      nextAttemptAt: new Date(clock.now().getTime() + retryDelayMs(job.attempts)),
    },
  });
}

export type WorkerRun = { sent: number; retried: number; recovered: number };

/** One pass: recover abandoned jobs, claim due ones, send each once. */
export async function runMailWorkerOnce(
  options: { workerId?: string; batch?: number; config?: MailConfig | null } = {},
): Promise<WorkerRun> {
  const config = options.config === undefined ? mailConfig() : options.config;
  const out = { sent: 0, retried: 0, recovered: await recoverAbandonedMail() };
  if (!config) return out;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}`;
  const jobs = await claimMailJobs(workerId, options.batch ?? 20);
  if (!jobs.length) return out;
  const transport = createTransport(config);
  try {
    for (const job of jobs) {
      try {
        await transport.sendMail({
          from: config.from,
          to: job.toAddress,
          subject: job.subject,
          text: job.text,
          messageId: job.messageId,
          headers: { "X-SCD-Mail-Job": job.id },
        });
        await markSent(job, workerId);
        out.sent++;
      } catch (err) {
        await markFailedAttempt(job, workerId, err);
        out.retried++;
      }
    }
  } finally {
    transport.close();
  }
  return out;
}
