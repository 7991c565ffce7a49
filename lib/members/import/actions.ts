"use server";
// The import's mutations after the upload: confirm ambiguous matches, and write the valid rows.
import { createAction } from "@/lib/action";
import { chooseAllAmbiguous } from "./choose-all-ambiguous";
import { chooseImportMatch } from "./choose-import-match";
import { commitMemberImport } from "./commit-member-import";
import { chooseAllSchema, chooseMatchSchema, commitImportSchema } from "./schema";

export const chooseImportMatchAction = createAction(
  { name: "member-import.choose", permission: "members.import", schema: chooseMatchSchema },
  chooseImportMatch,
);

export const chooseAllAmbiguousAction = createAction(
  { name: "member-import.choose-all", permission: "members.import", schema: chooseAllSchema },
  chooseAllAmbiguous,
);

export const commitMemberImportAction = createAction(
  { name: "member-import.commit", permission: "members.import", schema: commitImportSchema },
  commitMemberImport,
);
