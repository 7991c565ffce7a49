// Shared by the welfare specs: demo records by name, fixtures written straight to the database,
// and direct server-action calls (the way a crafted request would, bypassing the UI).
import type { Page } from "@playwright/test";
import { callAction } from "./actions";
import { e2eDb } from "./db";

export const memberByName = (fullName: string) => e2eDb().member.findFirstOrThrow({ where: { fullName } });
export const categoryByName = (name: string) => e2eDb().welfareCategory.findFirstOrThrow({ where: { name } });

export async function makeVisit(
  fullName: string,
  category: string,
  eventOn: string,
  amount: number,
  state: "PROPOSED" | "APPROVED" | "DONE" = "DONE",
) {
  const [m, c] = await Promise.all([memberByName(fullName), categoryByName(category)]);
  return e2eDb().welfareVisit.create({
    data: {
      unitId: m.unitId,
      memberId: m.id,
      categoryId: c.id,
      eventOn: new Date(`${eventOn}T00:00:00Z`),
      amount,
      state,
    },
  });
}

export async function callWelfareAction(
  page: Page,
  exportedName: string,
  args: unknown[],
  path = "/me",
  file = "lib/welfare/actions.ts",
) {
  return callAction(page, exportedName, args, path, file);
}

/** "27 lượt đã thăm / đã chi, tổng 9.850.000 ₫" → { count: 27, total: 9850000 }. */
export function parseHeadline(text: string) {
  const m = /([\d.]+) lượt đã thăm \/ đã chi, tổng ([\d.]+) ₫/.exec(text.replace(/\s+/g, " "));
  if (!m) throw new Error(`Không đọc được: ${text}`);
  return { count: Number(m[1].replace(/\./g, "")), total: Number(m[2].replace(/\./g, "")) };
}
