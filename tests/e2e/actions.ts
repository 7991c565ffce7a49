// Calling a server action directly, the way an attacker with a valid session could:
// a POST with the action's id, bypassing whatever the UI hides.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { toFormValues } from "../../lib/members/mapping";

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };
type Manifest = { node: Record<string, ManifestEntry> };

/** The id of an exported server action in the build under test. */
export function actionId(exportedName: string, filename = "lib/members/actions.ts"): string {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  const found = Object.entries(manifest.node).find(
    ([, e]) => e.filename === filename && e.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${filename}#${exportedName} in ${distDir}`);
  return found[0];
}

/**
 * POSTs the action (`exportedName` of `file`) from the signed-in page, the way a crafted request
 * would; returns the raw RSC response. The one copy of this for every spec.
 */
export async function callAction(
  page: Page,
  exportedName: string,
  args: unknown[],
  path = "/me",
  file = "lib/members/actions.ts",
) {
  const id = actionId(exportedName, file);
  return page.evaluate(
    async ({ id, args, path }) => {
      const res = await fetch(path, {
        method: "POST",
        headers: {
          "Next-Action": id,
          Accept: "text/x-component",
          "Content-Type": "text/plain;charset=UTF-8",
        },
        body: JSON.stringify(args),
      });
      return { status: res.status, body: await res.text() };
    },
    { id, args, path },
  );
}

type StoredMember = {
  fullName: string;
  gender: "MALE" | "FEMALE";
  dateOfBirth: Date | null;
  cardNumber: string | null;
  joinedUnionOn: Date | null;
  groupId: string;
};

/** Valid member form values for a stored member (the edit form's own mapping), with some fields changed. */
export function formValuesFor(m: StoredMember, over: Record<string, unknown> = {}) {
  return { ...toFormValues(m), ...over };
}
