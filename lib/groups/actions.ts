"use server";
import { createAction } from "@/lib/action";
import { archiveGroup } from "./archive-group";
import { createGroup } from "./create-group";
import { DUPLICATE_GROUP_NAME } from "./group-guards";
import { moveMembers } from "./move-members";
import { renameGroup } from "./rename-group";
import { restoreGroup } from "./restore-group";
import { createGroupSchema, groupIdSchema, moveMembersSchema, renameGroupSchema } from "./schema";

export const createGroupAction = createAction(
  {
    name: "group.create",
    permission: "groups.write",
    schema: createGroupSchema,
    uniqueFields: { name: DUPLICATE_GROUP_NAME },
    revalidate: ["/groups"],
  },
  createGroup,
);

export const renameGroupAction = createAction(
  {
    name: "group.rename",
    permission: "groups.write",
    schema: renameGroupSchema,
    uniqueFields: { name: DUPLICATE_GROUP_NAME },
    revalidate: (input) => ["/groups", `/groups/${input.id}`],
  },
  renameGroup,
);

export const archiveGroupAction = createAction(
  { name: "group.archive", permission: "groups.write", schema: groupIdSchema, revalidate: ["/groups"] },
  archiveGroup,
);

export const restoreGroupAction = createAction(
  { name: "group.restore", permission: "groups.write", schema: groupIdSchema, revalidate: ["/groups"] },
  restoreGroup,
);

export const moveMembersAction = createAction(
  {
    name: "group.move-members",
    permission: "members.write",
    schema: moveMembersSchema,
    revalidate: (_, result) => [`/groups/${result.toGroupId}`, "/groups", "/members"],
  },
  moveMembers,
);
