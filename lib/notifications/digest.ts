import "server-only";
import { randomUUID } from "node:crypto";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { appLink, mailConfig, mailDomain } from "./mail-config";

type Pending = { id: string; title: string; body: string; link: string };

function digestText(items: Pending[], today: Date) {
  const lines = items.map((n, i) => `${i + 1}. ${n.title}\n   ${n.body}\n   ${appLink(n.link)}`);
  return [
    `Các thông báo đến ngày ${formatDate(today)}:`,
    "",
    ...lines,
    "",
    "Thư này do Sổ Công đoàn gửi tự động; vui lòng không trả lời.",
    `Đổi cách nhận thông báo: ${appLink("/notifications/settings")}`,
  ].join("\n");
}

/**
 * One mail a day per user who chose the digest, with what waits for it. The job's key is (user, day):
 * the first scan of the day writes it and clears the marks in one transaction; a later scan the same
 * day finds the key taken and leaves new notices for tomorrow.
 */
export async function sendDigests(today: Date): Promise<number> {
  const config = mailConfig();
  if (!config) return 0;
  const day = today.toISOString().slice(0, 10);
  const users = await db.user.findMany({
    where: {
      notificationSetting: { dailyDigest: true },
      notifications: { some: { digestPendingSince: { not: null } } },
    },
    select: { id: true, email: true },
  });
  let sent = 0;
  for (const user of users) {
    sent += await db.$transaction(async (tx) => {
      const items = await tx.$queryRaw<Pending[]>`
        SELECT id, title, body, link FROM "Notification"
        WHERE "userId" = ${user.id} AND "digestPendingSince" IS NOT NULL
        ORDER BY "createdAt" FOR UPDATE`;
      if (!items.length) return 0;
      const job = await tx.mailJob.createMany({
        data: [
          {
            idempotencyKey: `digest:${user.id}:${day}`,
            userId: user.id,
            toAddress: user.email,
            subject: `[Sổ Công đoàn] Tổng hợp thông báo ngày ${formatDate(today)} (${items.length})`,
            text: digestText(items, today),
            messageId: `<${randomUUID()}@${mailDomain(config.from)}>`,
            nextAttemptAt: clock.now(),
          },
        ],
        skipDuplicates: true,
      });
      if (!job.count) return 0;
      await tx.notification.updateMany({
        where: { id: { in: items.map((i) => i.id) } },
        data: { digestPendingSince: null },
      });
      return 1;
    });
  }
  return sent;
}
