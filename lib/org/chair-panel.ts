// What the cấp trên's page of a CĐCS shows about its chủ tịch's account. Client-safe, no I/O:
// who holds it (name, e-mail, last sign-in) once someone does; the invite form only when nobody
// holds it and nobody was invited; "Gửi lại lời mời" only when the last link expired unused.
import type { ChairState } from "./queries";

export type ChairPanelInput = {
  kind: string;
  chair: { state: ChairState } | null;
  invites: { usedAt: Date | null; expiresAt: Date }[];
};

export type ChairPanel = { account: boolean; form: boolean; resend: boolean };

/** `invites` newest first, as findOrgUnit reads them. */
export function chairPanel(unit: ChairPanelInput, mayInvite: boolean, now: Date): ChairPanel {
  const last = unit.invites[0];
  return {
    // An account made outside an invite is shown too, before its first sign-in.
    account: !!unit.chair && unit.chair.state !== "invited",
    form: mayInvite && unit.kind === "GRASSROOTS" && !unit.chair && unit.invites.length === 0,
    resend:
      mayInvite &&
      unit.chair?.state === "invited" &&
      !!last &&
      !last.usedAt &&
      last.expiresAt.getTime() <= now.getTime(),
  };
}
