"use server";
import { createAction } from "@/lib/action";
import { assignPosition } from "./assign-position";
import { createTerm } from "./create-term";
import { endPosition } from "./end-position";
import { assignPositionSchema, endPositionSchema, termSchema } from "./schema";

export const createTermAction = createAction(
  { name: "term.create", permission: "positions.write", schema: termSchema, revalidate: ["/terms"] },
  createTerm,
);

export const assignPositionAction = createAction(
  {
    name: "position.assign",
    permission: "positions.write",
    schema: assignPositionSchema,
    revalidate: ["/terms", "/groups"],
  },
  assignPosition,
);

export const endPositionAction = createAction(
  {
    name: "position.end",
    permission: "positions.write",
    schema: endPositionSchema,
    revalidate: ["/terms", "/groups"],
  },
  endPosition,
);
