// Signs the bench users in through next-auth's credentials callback and makes the BenchCtx
// helpers: get (the whole HTML) and action (a server action POST, the way its form sends it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_DIST, baseUrl } from "./app-server";
import type { BenchUser } from "./types";

export type Cookies = Record<BenchUser, string>;

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function signIn(email: string, password: string, base = baseUrl): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(res).find((c) => /session-token=/.test(c) && !c.endsWith("="));
  if (!session) throw new Error(`Không đăng nhập được ${email} (HTTP ${res.status}).`);
  return session;
}

export function makeGet(cookies: Cookies) {
  return async (path: string, as: BenchUser) => {
    const res = await fetch(baseUrl + path, { headers: { cookie: cookies[as] }, redirect: "manual" });
    const body = await res.text();
    if (res.status >= 400 || (res.status >= 300 && res.status < 400))
      throw new Error(`GET ${path} as ${as}: HTTP ${res.status}`);
    return new Response(body, { status: res.status, headers: res.headers });
  };
}

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };
let manifest: Manifest | null = null;

/** "members.updateMember" (lib/<folder>/actions.ts) or a bare export name when it is unique. */
export function actionId(exportName: string): string {
  manifest ??= JSON.parse(
    readFileSync(join(process.cwd(), BENCH_DIST, "server/server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  const [folder, name] = exportName.includes(".") ? exportName.split(".") : [null, exportName];
  const hits = Object.entries(manifest.node).filter(
    ([, e]) => e.exportedName === name && (!folder || e.filename === `lib/${folder}/actions.ts`),
  );
  if (hits.length !== 1)
    throw new Error(`Không tìm thấy (duy nhất) server action ${exportName} trong ${BENCH_DIST}`);
  return hits[0][0];
}

export function makeAction(cookies: Cookies) {
  return async (exportName: string, payload: unknown, as: BenchUser, fromPage: string) => {
    const res = await fetch(baseUrl + fromPage, {
      method: "POST",
      headers: {
        "Next-Action": actionId(exportName),
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        cookie: cookies[as],
      },
      body: JSON.stringify([payload]),
    });
    const text = await res.text();
    if (res.status >= 400) throw new Error(`${exportName}: HTTP ${res.status}`);
    // The RSC payload's line "1:{…}" is the action's return value.
    const line = text.split("\n").find((l) => l.startsWith("1:"));
    const result = line ? JSON.parse(line.slice(2)) : text;
    if (result && typeof result === "object" && "ok" in result && result.ok === false) {
      throw new Error(
        `${exportName}: ${result.code} ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`,
      );
    }
    return result;
  };
}
