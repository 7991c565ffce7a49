// Client-safe: shared by the server (lib/db/errors.ts, /api/health) and the error pages.
export const DB_UNAVAILABLE_TITLE = "Cơ sở dữ liệu tạm thời không truy cập được";
export const DB_UNAVAILABLE_MESSAGE =
  "Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít phút.";
/** Kept by Next as the error's digest, so the error page can tell a database outage from a bug. */
export const DB_UNAVAILABLE_DIGEST = "SCD_DB_UNAVAILABLE";
