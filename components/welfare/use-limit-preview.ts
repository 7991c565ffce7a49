"use client";
import { useEffect, useState } from "react";
import { previewVisitLimitsAction } from "@/lib/welfare/actions";

type Rate = {
  reference: string;
  defaultAmount: number;
  maxPerTime: number | null;
  maxTimesPerYear: number | null;
  maxAmountPerYear: number | null;
} | null;

/** Asks the server, shortly after typing stops, whether the visit as typed is beyond the quy chế. */
export function useLimitPreview(input: {
  memberId: string;
  categoryId: string;
  eventOn: string;
  amount: string;
  visitId?: string;
}) {
  const [state, setState] = useState<{ issues: string[]; rate: Rate }>({ issues: [], rate: null });
  const { memberId, categoryId, eventOn, amount, visitId } = input;
  useEffect(() => {
    let live = true;
    const check = async () => {
      const result = await previewVisitLimitsAction({ memberId, categoryId, eventOn, amount, visitId });
      // A date or amount typed halfway is refused: no warning until the visit can be checked.
      if (live) setState(result.ok ? result.data : { issues: [], rate: null });
    };
    const timer = setTimeout(() => void check(), 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [memberId, categoryId, eventOn, amount, visitId]);
  return state;
}
