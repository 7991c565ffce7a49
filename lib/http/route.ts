import "server-only";
// The one shape of every route handler (downloads, the import's upload and progress): a write from
// another site → 403 (lib/http/origin.ts), then sign-in →
// permission from the table → the handler, whose AppErrors become 400/403/404 and whose other failures become a logged 500 with
// a Vietnamese message, never a stack trace.
import { type Actor, can, getActor } from "@/lib/auth/current-user";
import { type AppError, isAppError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";
import { crossSiteResponse, isCrossSiteWrite } from "./origin";

type Options = {
  /** For the log: "meetings.pdf". */
  name: string;
  /** Any one of these lets the actor in; the handler's queries still scope what they see. */
  anyOf: Permission[];
  /** What the route serves, for messages: "biên bản", "sổ theo dõi thăm hỏi". */
  what: string;
  /** What the user does with it, for messages: "tải" (the default), "nhập", "xem". */
  verb?: string;
};

const STATUS: Partial<Record<AppError["code"], number>> = {
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export const notFoundResponse = (what: string) =>
  Response.json({ error: `Không tìm thấy ${what}, hoặc bạn không có quyền xem.` }, { status: 404 });

export function createRoute<Ctx>(
  opts: Options,
  handler: (actor: Actor, request: Request, ctx: Ctx) => Promise<Response>,
) {
  return async (request: Request, ctx: Ctx): Promise<Response> => {
    // An upload or any other write from another site: refused before the session is read.
    if (isCrossSiteWrite(request.method, request.headers)) return crossSiteResponse();
    const actor = await getActor();
    if (!actor)
      return Response.json(
        { error: `Bạn cần đăng nhập để ${opts.verb ?? "tải"} ${opts.what}.` },
        { status: 401 },
      );
    if (!opts.anyOf.some((p) => can(actor, p))) {
      return Response.json(
        { error: `Bạn không có quyền ${opts.verb ?? "tải"} ${opts.what}.` },
        { status: 403 },
      );
    }
    try {
      return await handler(actor, request, ctx);
    } catch (err) {
      const status = isAppError(err) ? STATUS[err.code] : undefined;
      if (status)
        return Response.json(
          { error: (err as AppError).message, fieldErrors: (err as AppError).fieldErrors },
          { status },
        );
      console.error(`[${opts.name}] failed:`, err);
      return Response.json({ error: "Không tạo được tệp. Vui lòng thử lại sau." }, { status: 500 });
    }
  };
}
