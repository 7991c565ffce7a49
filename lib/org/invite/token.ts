import "server-only";
// One-time invite links (decision 0083): 32 random bytes in the link, only their SHA-256
// in the database, so a copy of the database opens nothing.
import { createHash, randomBytes } from "node:crypto";

/** How long an invite link stays usable. */
export const INVITE_DAYS = 7;

export const newInviteToken = () => randomBytes(32).toString("base64url");
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const invitePath = (token: string) => `/invite/${token}`;
