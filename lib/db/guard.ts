import "server-only";
import { AppError } from "@/lib/errors";
import { DbUnavailableError, isConnectionError } from "./errors";
import { markDbDown, markDbUp } from "./health";

// PostgreSQL cannot store U+0000 in text, and refuses a lone UTF-16 surrogate in jsonb (the audit
// log's before → after). Without this guard such input reaches the database and fails there as an
// unexpected error (a 500). With it, a write is refused as invalid input and a read simply finds
// nothing, whichever action, form or route the text came from.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const READS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

export const UNSTORABLE_TEXT_MESSAGE =
  "Dữ liệu có ký tự không hợp lệ (ký tự rỗng hoặc mã Unicode hỏng). Vui lòng nhập lại.";

const isPlain = (v: object) =>
  Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null;

function hasUnstorable(v: unknown): boolean {
  if (typeof v === "string") return UNSTORABLE.test(v);
  if (v && typeof v === "object" && isPlain(v)) return Object.values(v).some(hasUnstorable);
  return false;
}

/** A copy where every unstorable character is U+FFFD: it can match no stored text that was refused. */
function neutralise(v: unknown): unknown {
  if (typeof v === "string") return UNSTORABLE.test(v) ? v.replace(new RegExp(UNSTORABLE, "g"), "\uFFFD") : v;
  if (v && typeof v === "object" && isPlain(v)) {
    if (Array.isArray(v)) return v.map(neutralise);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, neutralise(x)]));
  }
  return v;
}

/**
 * For PrismaClient.$extends({ query: { $allOperations } }), on every model operation and raw query.
 * Model reads neutralise unstorable text; the audit log keeps what was asked, neutralised (it must
 * never block the operation it records); other writes are refused. Raw queries are checked by
 * PostgreSQL itself, and its "invalid byte sequence" becomes the same refusal.
 */
export function guardText({
  model,
  operation,
  args,
  query,
}: {
  model?: string;
  operation: string;
  args: unknown;
  query: (args: unknown) => Promise<unknown>;
}) {
  if (!model || !hasUnstorable(args)) return mapErrors(query(args));
  if (READS.has(operation) || model === "AuditLog") return mapErrors(query(neutralise(args)));
  throw new AppError("VALIDATION", UNSTORABLE_TEXT_MESSAGE);
}

// Text PostgreSQL refused (invalid byte sequence, untranslatable character: NUL, lone surrogates in jsonb),
// or a number too large for its column (numeric_value_out_of_range): bad input, not a fault.
const UNSTORABLE_SQLSTATE =
  /\b(22021|22P05|22003)\b|invalid byte sequence|unsupported Unicode escape sequence|ValueOutOfRange|out of range for (the )?type/;

/** A lost connection becomes DbUnavailableError; a value PostgreSQL refused becomes a validation error. */
export async function mapErrors<T>(result: Promise<T>): Promise<T> {
  try {
    const value = await result;
    markDbUp();
    return value;
  } catch (err) {
    if (isConnectionError(err)) {
      markDbDown();
      throw new DbUnavailableError(err);
    }
    if (UNSTORABLE_SQLSTATE.test(String((err as Error)?.message ?? "")))
      throw new AppError("VALIDATION", UNSTORABLE_TEXT_MESSAGE);
    throw err;
  }
}
