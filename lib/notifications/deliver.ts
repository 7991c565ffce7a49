import "server-only";
import { randomUUID } from "node:crypto";
import * as clock from "@/lib/clock";
import type { Tx } from "@/lib/db";
import type { NotificationKindCode } from "./kinds";
import { appLink, mailConfig, mailDomain } from "./mail-config";

/** One event, ready to deliver: the same notice to each recipient. */
export type Notice = {
  kind: NotificationKindCode;
  /** Names the event; with the recipient it is the idempotency key of the row and of its mail. */
  eventKey: string;
  recipients: string[];
  /** Of the recipients, those who get it in the app and in their daily digest only, never as a single mail. */
  digestOnly?: string[];
  title: string;
  body: string;
  /** A path inside the app. */
  link: string;
  /** Never by e-mail (an anonymous opinion's answer: a mail would show the mail server who sent it). */
  inAppOnly?: boolean;
};

const FOOTER = "Thư này do Sổ Công đoàn gửi tự động; vui lòng không trả lời.";

export function mailText(body: string, link: string) {
  return [
    body,
    "",
    `Xem trên Sổ Công đoàn: ${appLink(link)}`,
    "",
    FOOTER,
    `Đổi cách nhận thông báo: ${appLink("/notifications/settings")}`,
  ].join("\n");
}

async function recipientsOf(tx: Tx, notice: Notice) {
  const ids = [...new Set(notice.recipients)];
  return tx.user.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      email: true,
      notificationPrefs: { where: { kind: notice.kind }, select: { inApp: true, email: true } },
      notificationSetting: { select: { dailyDigest: true } },
    },
  });
}

/**
 * Writes the notice, inside the caller's transaction: a Notification per recipient (unless they turned
 * this kind off entirely) and, when mail is configured and wanted, a MailJob, or a mark for the
 * recipient's daily digest. Unique keys per (event, recipient) make a repeat a no-op.
 */
export async function deliver(tx: Tx, notice: Notice) {
  if (!notice.recipients.length) return;
  const config = mailConfig();
  const digestOnly = new Set(notice.digestOnly ?? []);
  const now = clock.now();
  const rows = [];
  const jobs = [];
  for (const user of await recipientsOf(tx, notice)) {
    const pref = user.notificationPrefs[0] ?? { inApp: true, email: true };
    const wantsMail = !!config && pref.email && !notice.inAppOnly;
    const digest = !!user.notificationSetting?.dailyDigest;
    const mailsNow = wantsMail && !digest && !digestOnly.has(user.id);
    if (!pref.inApp && !mailsNow && !(wantsMail && digest)) continue;
    rows.push({
      userId: user.id,
      kind: notice.kind,
      eventKey: notice.eventKey,
      title: notice.title,
      body: notice.body,
      link: notice.link,
      visible: pref.inApp,
      digestPendingSince: wantsMail && digest ? now : null,
    });
    if (mailsNow)
      jobs.push({
        idempotencyKey: `${notice.eventKey}:${user.id}`,
        userId: user.id,
        toAddress: user.email,
        subject: `[Sổ Công đoàn] ${notice.title}`,
        text: mailText(notice.body, notice.link),
        messageId: `<${randomUUID()}@${mailDomain(config.from)}>`,
        // Due now by the one clock the worker claims with (lib/clock.ts).
        nextAttemptAt: now,
      });
  }
  if (rows.length) await tx.notification.createMany({ data: rows, skipDuplicates: true });
  if (jobs.length) await tx.mailJob.createMany({ data: jobs, skipDuplicates: true });
}
