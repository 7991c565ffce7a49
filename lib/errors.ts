// Expected errors carry a code and a Vietnamese message for the user.
export type ErrorCode =
  "VALIDATION" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INTERNAL";

export class AppError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
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
