import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/errors";

/** Puts a failed action's field errors next to their fields; returns the message for a toast. */
export function applyFieldErrors<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
  prefix = "",
): string | null {
  if (result.ok) return null;
  let first = true;
  for (const [key, message] of Object.entries(result.fieldErrors ?? {})) {
    const name = (prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key) as Path<T>;
    setError(name, { type: "server", message }, { shouldFocus: first });
    first = false;
  }
  return result.error;
}
