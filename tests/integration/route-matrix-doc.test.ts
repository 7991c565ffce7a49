// docs/security.md prints the action and route matrices for people. This fails when the doc no
// longer matches the rows the matrix tests run; `npx tsx scripts/security-doc.ts` rewrites it.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { fillGenerated, generatedSections } from "./helpers/security-doc";

const DOC = fileURLToPath(new URL("../../docs/security.md", import.meta.url));

it("docs/security.md shows the current authorization matrices", () => {
  const doc = readFileSync(DOC, "utf8");
  const fresh = fillGenerated(doc, generatedSections());
  if (process.env.UPDATE_SECURITY_DOC === "1" && fresh !== doc) writeFileSync(DOC, fresh);
  else expect(doc, "docs/security.md is stale: run `npx tsx scripts/security-doc.ts`").toBe(fresh);
});
