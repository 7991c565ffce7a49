"use client";
// One proposal's verdict: Khen, or Không khen with a reason (next to the field). Locked once a quyết
// định carries it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { decideAwardProposalAction } from "@/lib/org/awards/actions";

type Props = {
  submissionId: string;
  proposalRef: string;
  name: string;
  line: { version: number; verdict: "AWARD" | "NO_AWARD"; reason: string | null } | null;
};

export function ProposalVerdict({ submissionId, proposalRef, name, line }: Props) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [reason, setReason] = useState(line?.reason ?? "");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const rid = `reason-${proposalRef}`;
  const decide = async (verdict: "AWARD" | "NO_AWARD") => {
    setBusy(true);
    const res = await decideAwardProposalAction({
      submissionId,
      proposalRef,
      verdict,
      reason: verdict === "NO_AWARD" ? reason : "",
      version: line?.version ?? 0,
    });
    setBusy(false);
    setError(res.ok ? undefined : res.fieldErrors?.reason);
    if (!res.ok) return toast("error", res.fieldErrors?.reason ?? res.error);
    toast("success", `${name}: ${verdict === "AWARD" ? "Khen" : "Không khen"}.`);
    router.refresh();
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant={line?.verdict === "AWARD" ? "primary" : "secondary"}
          aria-pressed={line?.verdict === "AWARD"}
          disabled={!hydrated || busy}
          onClick={() => decide("AWARD")}
          aria-label={`Khen: ${name}`}
        >
          Khen
        </Button>
        <Button
          variant={line?.verdict === "NO_AWARD" ? "primary" : "secondary"}
          aria-pressed={line?.verdict === "NO_AWARD"}
          disabled={!hydrated || busy}
          onClick={() => decide("NO_AWARD")}
          aria-label={`Không khen: ${name}`}
        >
          Không khen
        </Button>
      </div>
      <label htmlFor={rid} className="sr-only">
        Lý do không khen: {name}
      </label>
      <input
        id={rid}
        className={inputClass(!!error)}
        placeholder="Lý do (khi không khen)"
        value={reason}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${rid}-error` : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {error && (
        <p id={`${rid}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
