// The HTTP security headers of every response (next.config.ts). Client-safe, no I/O; the reasons
// are in docs/decisions/0040-trust-security-headers.md and docs/security.md.

/**
 * Content-Security-Policy. Scripts and styles need 'unsafe-inline': Next's App Router inlines its
 * bootstrap scripts and React's style attributes, and nonces would need a proxy on every request.
 * Everything else is locked to this origin: no external scripts, no plugins, no framing, no
 * <base> hijack, forms post only here.
 */
export function contentSecurityPolicy(dev = process.env.NODE_ENV !== "production") {
  return [
    "default-src 'self'",
    // React's dev tools evaluate code; the production build does not.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(dev?: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Ignored by browsers over plain HTTP (localhost); once served over HTTPS, HTTPS only for a year.
    { key: "Strict-Transport-Security", value: "max-age=31536000" },
  ];
}
