// What the cấp trên's page of a CĐCS shows about its chủ tịch's account. Client-safe, no I/O:
// who holds it (name, e-mail, last sign-in) once someone does; the invite form only when nobody
// holds it and nobody was invited; "Gửi lại lời mời" only when the last link expired unused.
export type ChairPanelInput = {
  kind: string;
  chair: { state: "invited" | "active" } | null;
  invites: { usedAt: Date | null; expiresAt: Date }[];
};

export type ChairPanel = { account: boolean; form: boolean; resend: boolean };

/** `invites` newest first, as findOrgUnit reads them. */
export function chairPanel(unit: ChairPanelInput, mayInvite: boolean, now: Date): ChairPanel {
  const last = unit.invites[0];
  return {
    account: unit.chair?.state === "active",
    form: mayInvite && unit.kind === "GRASSROOTS" && !unit.chair && unit.invites.length === 0,
    resend:
      mayInvite &&
      unit.chair?.state === "invited" &&
      !!last &&
      !last.usedAt &&
      last.expiresAt.getTime() <= now.getTime(),
  };
}
