// For scripts that call lib/ code (the benches; the demo seed's papers, prisma/seed/submissions.ts)
// reaching next/navigation (lib/auth/current-user.ts through the dues scope): under the
// react-server condition React has no createContext and next/navigation's CommonJS build fails, so these run under the default condition, with the "server-only" package
// (which throws there) pre-loaded as an empty module, as vitest.config.ts does for the tests.
import Module, { createRequire } from "node:module";

export function allowServerOnlyImports() {
  const require = createRequire(`${process.cwd()}/package.json`);
  const file = require.resolve("server-only");
  const m = new Module(file);
  m.filename = file;
  m.loaded = true;
  m.exports = {};
  (require.cache as Record<string, Module>)[file] = m;
}
