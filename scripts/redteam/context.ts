// What every check gets: the target, one signed-in client per role of the demo unit, the build's
// server actions by name, and the database for what a page cannot show (row counts, stored values).
import { Client, findAction } from "./client";
import { db, type Target } from "./server";

export const DEMO_PASSWORD = "Demo@2026";
export const EMAILS = {
  chair: "chutich@demo.vn",
  bch: "uyvien@demo.vn",
  ubkt: "ubkt@demo.vn",
  leader: "totruong@demo.vn",
  member: "doanvien@demo.vn",
} as const;

export type Result = { ok: boolean; detail: string };
export type Check = { id: string; finding: string; run: (ctx: Ctx) => Promise<Result> };

export type Ctx = {
  target: Target;
  as: { chair: Client; leader: Client; member: Client };
  action: (file: string, name: string) => { id: string; page: string };
  sql: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  client: (label: string) => Client;
};

export async function makeContext(target: Target): Promise<Ctx> {
  const client = (label: string) => new Client(target.base, label);
  const as = { chair: client("chủ tịch"), leader: client("tổ trưởng"), member: client("đoàn viên") };
  for (const [role, c] of Object.entries(as)) {
    const r = await c.signIn(EMAILS[role as keyof typeof as], DEMO_PASSWORD);
    if (!r.ok) throw new Error(`Không đăng nhập được ${EMAILS[role as keyof typeof as]} (HTTP ${r.status}).`);
  }
  return {
    target,
    as,
    client,
    action: (file, name) => findAction(target.distDir, file, name),
    sql: async <T>(text: string, params: unknown[] = []) => {
      const c = db(target.databaseUrl);
      await c.connect();
      try {
        return (await c.query(text, params)).rows as T[];
      } finally {
        await c.end();
      }
    },
  };
}

export const pass = (detail: string): Result => ({ ok: true, detail });
export const fail = (detail: string): Result => ({ ok: false, detail });
export const show = (v: unknown) => {
  const s = JSON.stringify(v, (_k, x) => (typeof x === "string" && x.length > 60 ? `${x.slice(0, 60)}…` : x));
  return (s ?? String(v)).slice(0, 220);
};
