// Expected errors carry a code and a Vietnamese message for the user.
//
// They are recognised by a brand, never by class identity: the production build bundles this file
// more than once (a server action's bundle, a route handler's, the instrumentation's), and an
// AppError thrown from one copy is not `instanceof` the other copy's class. The brand is a
// `Symbol.for` key, which is the same symbol in every bundle of the process. `instanceof AppError`
// still works (Symbol.hasInstance checks the brand), but classify with `isAppError`.
export type ErrorCode =
  "VALIDATION" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INTERNAL";

const ERROR_CODES: readonly ErrorCode[] = [
  "VALIDATION",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "CONFLICT",
  "INTERNAL",
];

/** The brand every AppError carries, whichever copy of this module made it. */
export const APP_ERROR = Symbol.for("so-cong-doan.AppError");

export class AppError extends Error {
  readonly [APP_ERROR] = true;
  constructor(
    public code: ErrorCode,
    message: string,
    public fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    // Only for AppError itself: a subclass (DbUnavailableError) keeps the ordinary prototype check.
    if (this === AppError) return isAppError(value);
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/** An expected error from any bundle: it has the brand and one of the codes. */
export function isAppError(err: unknown): err is AppError {
  if (!err || typeof err !== "object") return false;
  const e = err as { [APP_ERROR]?: unknown; code?: unknown; message?: unknown };
  return e[APP_ERROR] === true && ERROR_CODES.includes(e.code as ErrorCode) && typeof e.message === "string";
}

export const notFound = () =>
  new AppError("NOT_FOUND", "Không tìm thấy bản ghi, hoặc bạn không có quyền xem.");
export const forbidden = () => new AppError("FORBIDDEN", "Bạn không có quyền thực hiện thao tác này.");
export const conflict = (message: string, fieldErrors?: Record<string, string>) =>
  new AppError("CONFLICT", message, fieldErrors);
export const invalid = (
  fieldErrors: Record<string, string>,
  message = "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
) => new AppError("VALIDATION", message, fieldErrors);

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; error: string; fieldErrors?: Record<string, string> };
