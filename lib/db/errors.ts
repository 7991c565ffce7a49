import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { DB_UNAVAILABLE_DIGEST, DB_UNAVAILABLE_MESSAGE } from "./unavailable";

export { DB_UNAVAILABLE_MESSAGE };

/** The brand of DbUnavailableError, the same symbol in every bundle (see lib/errors.ts). */
const DB_UNAVAILABLE = Symbol.for("so-cong-doan.DbUnavailableError");

/** A DbUnavailableError from any bundle. */
export function isDbUnavailableError(err: unknown): err is DbUnavailableError {
  return isAppError(err) && (err as { [DB_UNAVAILABLE]?: unknown })[DB_UNAVAILABLE] === true;
}

/**
 * The database cannot be reached (stopped, restarting, network). An AppError, so that a server
 * action answers with this Vietnamese message instead of the generic one; the `digest` reaches
 * the error page of a page that failed to render.
 */
export class DbUnavailableError extends AppError {
  readonly [DB_UNAVAILABLE] = true;
  digest = DB_UNAVAILABLE_DIGEST;
  constructor(public cause: unknown) {
    super("INTERNAL", DB_UNAVAILABLE_MESSAGE);
    this.name = "DbUnavailableError";
  }
}

// Prisma's "can't reach / closed / timed out" codes, PostgreSQL's connection and shutdown SQLSTATEs, Node's socket errors.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|connection timeout|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Can't reach database|57P01|57P02|57P03|08000|08001|08003|08006/i;

export function isConnectionError(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  if (isDbUnavailableError(err)) return true;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === "string" && PRISMA_CODES.has(e.code)) return true;
  if (typeof e.message === "string" && TEXT.test(e.message)) return true;
  return e.cause ? isConnectionError(e.cause) : false;
}
