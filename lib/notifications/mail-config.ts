import "server-only";

// E-mail is configured by the environment and off when unset (the app works without it):
// SMTP_URL (smtp://user:pass@host:587) or SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS; MAIL_FROM;
// APP_URL for the links in the mails. See docs/deploy.md.

export type MailConfig = {
  transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  from: string;
  appUrl: string;
};

export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
  const from = env.MAIL_FROM?.trim() || "Sổ Công đoàn <no-reply@localhost>";
  const appUrl = (env.APP_URL?.trim() || "").replace(/\/+$/, "");
  if (env.SMTP_URL?.trim()) return { transport: env.SMTP_URL.trim(), from, appUrl };
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const port = Number(env.SMTP_PORT || 587);
  const auth = env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? "" } : undefined;
  return { transport: { host, port, secure: port === 465, auth }, from, appUrl };
}

/** The address a mail links to: APP_URL + the path, or the path alone when APP_URL is unset. */
export function appLink(path: string, config: Pick<MailConfig, "appUrl"> | null = mailConfig()): string {
  return `${config?.appUrl ?? ""}${path}`;
}

/** The domain of MAIL_FROM, for the Message-IDs fixed per job. */
export function mailDomain(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? "so-cong-doan.local";
}
