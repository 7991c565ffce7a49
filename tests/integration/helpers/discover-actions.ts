// Every server action of the app, found rather than listed: each lib/**/actions.ts at any depth,
// its exports keyed "<folder under lib, / → .>.<export>" ("rating.groups.saveMemberReviewAction").
// The action matrix and the fuzz test both start from here, so neither can miss a screen folder.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const LIB = fileURLToPath(new URL("../../../lib/", import.meta.url));

const actionFolders = (dir: string): string[] =>
  readdirSync(join(LIB, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== "generated")
    .flatMap((d) => {
      const sub = dir ? `${dir}/${d.name}` : d.name;
      return [...(existsSync(join(LIB, sub, "actions.ts")) ? [sub] : []), ...actionFolders(sub)];
    });

export async function discoverActions() {
  const folders = actionFolders("").sort();
  const exports: Record<string, unknown> = {};
  for (const folder of folders) {
    const mod = (await import(join(LIB, folder, "actions.ts"))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      exports[`${folder.replaceAll("/", ".")}.${name}`] = value;
  }
  return { folders, exports };
}
