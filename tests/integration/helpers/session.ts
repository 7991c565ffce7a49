// The fake session behind the mocked auth() (see ../setup.ts). Kept on globalThis so
// the test file and the mock factory share it whatever module instance they load.
import { SUITE_MOMENT } from "../../support/today";

const state = globalThis as unknown as { __scdSessionUserId?: string | null };

/** Every following server action and getActor() call runs as this user; null is signed out. */
export function actAs(userId: string | null) {
  state.__scdSessionUserId = userId;
}

export async function sessionForCurrentUser() {
  const id = state.__scdSessionUserId;
  return id ? { user: { id }, expires: new Date(SUITE_MOMENT.getTime() + 86_400_000).toISOString() } : null;
}
