"use client";
import { useEffect, useState } from "react";
import { previewVisitLimitsAction } from "@/lib/welfare/actions";
import type { Fund } from "@/lib/welfare/labels";
import type { BudgetFigures } from "./budget-hint";

type Rate = {
  reference: string;
  defaultAmount: number;
  maxPerTime: number | null;
  maxTimesPerYear: number | null;
  maxAmountPerYear: number | null;
} | null;

type Preview = { issues: string[]; rate: Rate; budget: BudgetFigures | null; budgetWarning: string | null };
const NONE: Preview = { issues: [], rate: null, budget: null, budgetWarning: null };

/**
 * Asks the server, shortly after typing stops, whether the visit as typed is beyond the quy chế, and
 * what remains of its category's dự toán for the year.
 */
export function useLimitPreview(input: {
  memberId: string;
  categoryId: string;
  eventOn: string;
  amount: string;
  fund: Fund;
  visitId?: string;
}) {
  const [state, setState] = useState<Preview>(NONE);
  const { memberId, categoryId, eventOn, amount, fund, visitId } = input;
  useEffect(() => {
    let live = true;
    const check = async () => {
      const result = await previewVisitLimitsAction({ memberId, categoryId, eventOn, amount, fund, visitId });
      // A date or amount typed halfway is refused: no warning until the visit can be checked.
      if (live) setState(result.ok ? result.data : NONE);
    };
    const timer = setTimeout(() => void check(), 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [memberId, categoryId, eventOn, amount, fund, visitId]);
  return state;
}
