"use server";
import { createAction } from "@/lib/action";
import { createGrassrootsUnit } from "./create-grassroots-unit";
import { inviteChair } from "./invite-chair";
import { resendChairInvite } from "./resend-chair-invite";
import { createGrassrootsUnitSchema, inviteChairSchema, resendChairInviteSchema } from "./schema";

export const createGrassrootsUnitAction = createAction(
  {
    name: "org.unit.create",
    permission: "org.manage",
    schema: createGrassrootsUnitSchema,
    revalidate: ["/org"],
  },
  createGrassrootsUnit,
);

export const inviteChairAction = createAction(
  {
    name: "org.chair.invite",
    permission: "org.invite",
    schema: inviteChairSchema,
    uniqueFields: { email: "Email này đã được dùng cho một tài khoản khác." },
    revalidate: (input) => ["/org", `/org/${input.unitId}`],
  },
  inviteChair,
);

export const resendChairInviteAction = createAction(
  {
    name: "org.chair.reinvite",
    permission: "org.invite",
    schema: resendChairInviteSchema,
    revalidate: (input) => ["/org", `/org/${input.unitId}`],
  },
  resendChairInvite,
);
