// Sessions and the sign-in limit: sign-out ends the session on the server; a burst of guesses runs
// at most 5 password checks; X-Forwarded-For from an untrusted client counts for nothing.
import { type Check, DEMO_PASSWORD, EMAILS, fail, pass } from "./context";

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const BURST = 200;
const VICTIM_IP = "203.0.113.77";

export const authChecks: Check[] = [
  {
    id: "sign-out-reuse",
    finding: "signing out does not end the session: the old cookie still opens /me",
    run: async (ctx) => {
      const c = ctx.client("đoàn viên (đăng xuất)");
      if (!(await c.signIn(EMAILS.member, DEMO_PASSWORD)).ok) return fail("không đăng nhập được");
      const before = await c.page("/me");
      const saved = c.cookieHeader();
      await sleep(1100); // a sign-in and a sign-out in the same second are a person, not a test
      const out = await c.signOut();
      const again = await c.fetch("/me", { headers: { cookie: saved } });
      await again.arrayBuffer();
      const detail = `/me trước ${before.status}, đăng xuất ${out}, cookie cũ → ${again.status} ${again.headers.get("location") ?? ""}`;
      return (
        before.status === 200 && again.status !== 200 && /\/login/.test(again.headers.get("location") ?? "")
          ? pass
          : fail
      )(detail);
    },
  },
  {
    id: "login-burst",
    finding: `${BURST} parallel wrong passwords ran 182 password checks (limit 5); the right one got in`,
    run: async (ctx) => {
      const email = EMAILS.ubkt;
      const c = ctx.client("kẻ đoán mật khẩu");
      const csrfToken = await c.csrf();
      const cookie = c.cookieHeader();
      const t = performance.now();
      const replies = await Promise.all(
        Array.from({ length: BURST }, (_, i) =>
          c
            .fetch("/api/auth/callback/credentials", {
              method: "POST",
              keepCookies: false,
              headers: { "content-type": "application/x-www-form-urlencoded", cookie },
              body: new URLSearchParams({ email, password: `sai-${i}`, csrfToken, callbackUrl: "/" }),
            })
            .then(
              async (r) => (
                await r.arrayBuffer(),
                r.headers.getSetCookie().some((s) => s.includes("session-token"))
              ),
            ),
        ),
      );
      const seconds = ((performance.now() - t) / 1000).toFixed(1);
      const [{ n }] = await ctx.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "LoginAttempt" WHERE key = $1`,
        [`email:${email}`],
      );
      const right = await ctx.client("chủ tài khoản").signIn(email, DEMO_PASSWORD);
      const detail = `${BURST} lần sai song song trong ${seconds} s: ${n} lần kiểm mật khẩu (tối đa 5); mật khẩu đúng sau đó: ${right.ok ? "VÀO ĐƯỢC" : "bị từ chối"}`;
      return (n <= 5 && !right.ok && !replies.some(Boolean) ? pass : fail)(detail);
    },
  },
  {
    id: "x-forwarded-for",
    finding: "X-Forwarded-For trusted from anyone: 20 forged failures lock out someone else's address",
    run: async (ctx) => {
      const c = ctx.client("kẻ giả địa chỉ");
      for (let i = 0; i < 21; i++)
        await c.signIn(`khong-co-${i}@example.invalid`, "sai-mat-khau", { "x-forwarded-for": VICTIM_IP });
      const [{ n }] = await ctx.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "LoginAttempt" WHERE key = $1`,
        [`ip:${VICTIM_IP}`],
      );
      const victim = await ctx
        .client("nạn nhân")
        .signIn(EMAILS.bch, DEMO_PASSWORD, { "x-forwarded-for": VICTIM_IP });
      const detail = `21 lần sai "từ" ${VICTIM_IP}: ${n} lần ghi cho địa chỉ đó; người dùng thật ở địa chỉ đó ${victim.ok ? "vẫn đăng nhập được" : "BỊ KHÓA"}`;
      return (victim.ok && n === 0 ? pass : fail)(detail);
    },
  },
];
