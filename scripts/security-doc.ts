// `npx tsx scripts/security-doc.ts`: rewrites the generated tables of docs/security.md (actions ×
// roles, route handlers × roles, what is not run and why) from the matrices the tests run. The
// rows import the app's modules, so this runs them inside the integration test setup.
import { spawnSync } from "node:child_process";

const res = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--project",
    "integration",
    "tests/integration/route-matrix-doc.test.ts",
  ],
  {
    stdio: "inherit",
    env: { ...process.env, UPDATE_SECURITY_DOC: "1" },
  },
);
if (res.status === 0) console.log("docs/security.md: đã cập nhật các bảng phân quyền.");
process.exit(res.status ?? 1);
