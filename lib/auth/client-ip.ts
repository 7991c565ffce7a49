import "server-only";
// The address a sign-in comes from, for the per-IP limit. `X-Forwarded-For` is a claim anyone can
// make, and Next only fills it in (with the socket's address) when the client sent none; so it is
// believed only when TRUSTED_PROXIES names the reverse proxies in front of the app (off by default).
// Then the client is the right-most address in the header that is not one of those proxies.
// See docs/deploy.md ("Behind a reverse proxy").

/** TRUSTED_PROXIES: comma-separated addresses or IPv4 CIDR blocks, e.g. "127.0.0.1,::1,10.0.0.0/8". */
export function trustedProxies(setting = process.env.TRUSTED_PROXIES): string[] {
  return (setting ?? "")
    .split(",")
    .map((s) => normalise(s.trim()))
    .filter(Boolean);
}

const normalise = (ip: string) => ip.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

function ipv4(ip: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

function matches(ip: string, rule: string): boolean {
  const [base, bits] = rule.split("/");
  if (bits === undefined) return ip === base;
  const a = ipv4(ip);
  const b = ipv4(base);
  const n = Number(bits);
  if (a === null || b === null || !Number.isInteger(n) || n < 0 || n > 32) return false;
  const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
  return (a & mask) >>> 0 === (b & mask) >>> 0;
}

/** The client's address, or "unknown" (no per-IP limit) when no proxy is trusted. */
export function clientIp(headers: Headers, proxies = trustedProxies()): string {
  if (proxies.length === 0) return "unknown";
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => normalise(s.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!proxies.some((p) => matches(hops[i], p))) return hops[i];
  }
  return "unknown";
}
