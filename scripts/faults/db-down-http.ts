// Small HTTP helpers for the fault scripts: timed requests, and a sign-in through next-auth's own
// credentials endpoint (what the login form does, without a browser).

export type Timed = { status: number; ms: number; body: string; headers: Headers };

export async function timed(url: string, init: RequestInit = {}, timeoutMs = 15_000): Promise<Timed> {
  const started = Date.now();
  try {
    const res = await fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, ms: Date.now() - started, body: await res.text(), headers: res.headers };
  } catch (err) {
    return {
      status: 0,
      ms: Date.now() - started,
      body: `no answer: ${(err as Error).message}`,
      headers: new Headers(),
    };
  }
}

const cookiesOf = (h: Headers) => h.getSetCookie().map((c) => c.split(";")[0]);

/** Signs in with email and password; returns the session cookie header, or null when refused. */
export async function signIn(base: string, email: string, password: string): Promise<string | null> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(15_000) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf.headers);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
    signal: AbortSignal.timeout(15_000),
  });
  const session = cookiesOf(res.headers).find((c) => /authjs\.session-token=/.test(c) && !/=$/.test(c));
  return session ? [...jar, session].join("; ") : null;
}

/** The visible text of an HTML page, roughly: no scripts, no tags, collapsed spaces. */
export function pageText(html: string) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Does an answer show a stack trace or an internal error text to the user? */
export const leaksInternals = (body: string) =>
  /\bat [\w.<>]+ \(|node_modules|PrismaClient|ECONNREFUSED|Error: /.test(pageText(body));

/** A Chromium page signed in with the given cookie header (what a user sees, client rendering included). */
export async function browserPage(base: string, cookie: string) {
  const { chromium } = await import("@playwright/test");
  const { existsSync } = await import("node:fs");
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addCookies(
    cookie
      .split("; ")
      .map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: base })),
  );
  return { page: await context.newPage(), close: () => browser.close() };
}
