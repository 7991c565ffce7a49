// Temporary passwords: the rule and a generator. Pure and client-safe, with no imports,
// so that the account forms, the server actions and scripts/user-create.ts share them.

export const TEMP_PASSWORD_RULE = "Mật khẩu tạm cần ít nhất 8 ký tự, có cả chữ và số.";

export function isAcceptablePassword(password: string): boolean {
  return password.length >= 8 && password.length <= 200 && /[A-Za-z]/.test(password) && /\d/.test(password);
}

// No look-alikes (0/O, 1/l/I), so that it can be read out or copied from paper.
const LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";

/** 12 characters from a CSPRNG, at least one letter and one digit. */
export function generateTemporaryPassword(length = 12): string {
  const all = LETTERS + DIGITS;
  const bytes = new Uint32Array(length);
  for (;;) {
    globalThis.crypto.getRandomValues(bytes);
    const out = Array.from(bytes, (b) => all[b % all.length]).join("");
    if (isAcceptablePassword(out)) return out;
  }
}
