import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export const getUnit = cache(async (unitId: string) =>
  db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { id: true, name: true, parentName: true, placeName: true } }),
);
