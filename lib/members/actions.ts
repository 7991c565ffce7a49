"use server";
import { createAction } from "@/lib/action";
import { changeMemberStatus } from "./change-member-status";
import { createMember } from "./create-member";
import {
  CARD_NUMBER_TAKEN,
  contactSchema,
  createMemberSchema,
  lifecycleSchema,
  updateMemberSchema,
} from "./schema";
import { updateMember } from "./update-member";
import { updateOwnContact } from "./update-own-contact";

export const createMemberAction = createAction(
  {
    name: "member.create",
    permission: "members.write",
    schema: createMemberSchema,
    uniqueFields: { cardNumber: CARD_NUMBER_TAKEN },
    revalidate: ["/members"],
  },
  createMember,
);

export const updateMemberAction = createAction(
  {
    name: "member.update",
    permission: "members.write",
    schema: updateMemberSchema,
    uniqueFields: { cardNumber: CARD_NUMBER_TAKEN },
    revalidate: (input) => [`/members/${input.id}`],
  },
  updateMember,
);

export const changeMemberStatusAction = createAction(
  {
    name: "member.lifecycle",
    permission: "members.write",
    schema: lifecycleSchema,
    revalidate: (_input, result) => [`/members/${result.id}`],
  },
  changeMemberStatus,
);

export const updateOwnContactAction = createAction(
  { name: "member.contact", permission: "profile.contact.edit", schema: contactSchema, revalidate: ["/me"] },
  updateOwnContact,
);
