"use client";
// The status dialog's "Tổ chuyển đến" field and the tổ list behind it. The list is not part of the
// member's page: it comes from GET /api/groups/options the first time the field shows, and stays for
// the page's life (decision 0100). A unit of hundreds of tổ no longer sends them with every view.
import { useCallback, useRef, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { GroupOptions } from "@/components/forms/group-options";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, inputClass } from "@/components/ui/field";

export type GroupOption = { id: string; name: string };
type State =
  | { status: "idle" | "loading" }
  | { status: "ready"; groups: GroupOption[] }
  | { status: "error"; message: string };

const FAILED = "Không tải được danh sách tổ. Vui lòng thử lại.";

/** The tổ options, loaded on the first `ensure()` (again after a failure, never twice at once). */
export function useGroupOptions() {
  const [state, setState] = useState<State>({ status: "idle" });
  const status = useRef<State["status"]>("idle");
  const ensure = useCallback(async () => {
    const set = (s: State) => ((status.current = s.status), setState(s));
    if (status.current === "loading" || status.current === "ready") return;
    set({ status: "loading" });
    try {
      const res = await fetch("/api/groups/options", { cache: "no-store" });
      const body = (await res.json().catch(() => null)) as { groups?: GroupOption[]; error?: string } | null;
      // A refusal says why (signed out, no right); a server failure's text is createRoute's generic one.
      if (!res.ok || !body?.groups)
        return set({ status: "error", message: (res.status < 500 && body?.error) || FAILED });
      set({ status: "ready", groups: body.groups });
    } catch {
      set({ status: "error", message: FAILED });
    }
  }, []);
  return { state, ensure };
}

type Props = {
  options: ReturnType<typeof useGroupOptions>;
  /** The member's tổ today: not a tổ they can change to. */
  excludeId: string | null;
  registration: UseFormRegisterReturn;
  error?: string;
};

export function GroupField({ options: { state, ensure }, excludeId, registration, error }: Props) {
  const groups = state.status === "ready" ? state.groups.filter((g) => g.id !== excludeId) : [];
  return (
    <Field label="Tổ chuyển đến" htmlFor="toGroupId" error={error} required>
      {state.status === "error" ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-brand-700">
          {state.message}
          <Button variant="secondary" onClick={() => void ensure()}>
            Thử lại
          </Button>
        </div>
      ) : state.status !== "ready" ? (
        // In the place and size of the list that replaces it, so the dialog does not jump.
        <p role="status" className={cn(inputClass(), "bg-surface-sunken text-ink-muted")}>
          Đang tải danh sách tổ…
        </p>
      ) : groups.length === 0 ? (
        <p className="text-sm text-ink-muted">Đơn vị chưa có tổ nào khác để chuyển đến.</p>
      ) : (
        <select id="toGroupId" className={inputClass(!!error)} {...registration}>
          <GroupOptions groups={groups} />
        </select>
      )}
    </Field>
  );
}
