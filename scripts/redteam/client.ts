// An HTTP client that acts as one person in a browser: a cookie jar, Auth.js sign-in, page loads,
// route handlers, and server actions called the way the browser calls them (POST to a page with a
// Next-Action header, the arguments as JSON, the result read back from the RSC stream).
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type ActionReply = { status: number; result: unknown; ms: number };

type Manifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

let manifest: Manifest | null = null;

/** The action's id and a page that serves it, from the build's server-reference manifest. */
export function findAction(distDir: string, file: string, name: string): { id: string; page: string } {
  manifest ??= JSON.parse(readFileSync(join(distDir, "server/server-reference-manifest.json"), "utf8"));
  for (const [id, a] of Object.entries(manifest!.node)) {
    if (a.filename !== file || a.exportedName !== name) continue;
    // A page without dynamic segments: "app/(app)/me/opinions/page" → "/me/opinions".
    const worker = Object.keys(a.workers).find((w) => w.endsWith("/page") && !w.includes("["));
    if (!worker) continue;
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]*\)/g, "") || "/";
    return { id, page };
  }
  throw new Error(`không thấy server action ${name} (${file}) trong bản build`);
}

/** The value an action returned: the RSC row holding `{ ok, … }` (an ActionResult), else the first JSON row after the page's own. */
export function parseActionResult(body: string): unknown {
  let first: unknown;
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (!m || m[1] === "0") continue;
    try {
      const v: unknown = JSON.parse(m[2]);
      if (v && typeof v === "object" && "ok" in v) return v;
      first ??= v;
    } catch {
      /* not a JSON row */
    }
  }
  return first;
}

export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    readonly label: string,
  ) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async fetch(path: string, init: RequestInit & { keepCookies?: boolean } = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size && !headers.has("cookie")) headers.set("cookie", this.cookieHeader());
    const t = performance.now();
    const res = await fetch(this.base + path, { redirect: "manual", ...init, headers });
    const ms = performance.now() - t;
    if (init.keepCookies !== false) this.keep(res);
    return Object.assign(res, { ms });
  }

  async csrf(): Promise<string> {
    const res = await this.fetch("/api/auth/csrf");
    return ((await res.json()) as { csrfToken: string }).csrfToken;
  }

  /** Auth.js credentials sign-in. Signed in when the session cookie came back. */
  async signIn(email: string, password: string, headers: Record<string, string> = {}) {
    const csrfToken = await this.csrf();
    const res = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
    });
    await res.arrayBuffer();
    return { status: res.status, ok: [...this.cookies.keys()].some((k) => k.includes("session-token")) };
  }

  async signOut() {
    const csrfToken = await this.csrf();
    const res = await this.fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }),
    });
    await res.arrayBuffer();
    return res.status;
  }

  async page(path: string) {
    const res = await this.fetch(path);
    return { status: res.status, location: res.headers.get("location"), html: await res.text(), ms: res.ms };
  }

  /** Calls a server action as the browser does; `origin` forges the Origin header. */
  async action(a: { id: string; page: string }, arg: unknown, origin?: string): Promise<ActionReply> {
    const res = await this.fetch(a.page, {
      method: "POST",
      headers: {
        "next-action": a.id,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        origin: origin ?? this.base,
      },
      body: JSON.stringify([arg]),
    });
    const body = await res.text();
    return { status: res.status, result: parseActionResult(body), ms: res.ms };
  }

  /** A multipart upload of one file. */
  async upload(path: string, file: Blob, fileName: string, origin?: string) {
    const form = new FormData();
    form.set("file", file, fileName);
    const res = await this.fetch(path, {
      method: "POST",
      body: form,
      headers: { origin: origin ?? this.base },
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, json: json as Record<string, unknown> | null, text, ms: res.ms };
  }
}
