"use server";
import { createAction } from "@/lib/action";
import { CARD_NUMBER_TAKEN } from "../schema";
import { advanceCardRequest } from "./advance-card-request";
import { requestCard } from "./request-card";
import { advanceCardSchema, requestCardSchema } from "./schema";

export const requestCardAction = createAction(
  {
    name: "card.request",
    permission: "members.write",
    schema: requestCardSchema,
    revalidate: ["/members/cards"],
  },
  requestCard,
);

export const advanceCardRequestAction = createAction(
  {
    name: "card.advance",
    permission: "members.write",
    schema: advanceCardSchema,
    uniqueFields: { cardNumber: CARD_NUMBER_TAKEN },
    revalidate: ["/members/cards"],
  },
  advanceCardRequest,
);
