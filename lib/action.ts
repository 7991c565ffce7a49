import "server-only";
import { revalidatePath } from "next/cache";
import { type Actor, can, getActor } from "@/lib/auth/current-user";
import { forbidden, isAppError, type ActionResult } from "@/lib/errors";
import type { Permission } from "@/lib/permissions";
import { z } from "@/lib/validation";

type Config<S extends z.ZodType> = {
  name: string;
  /** The actor needs at least one of these. */
  permission: Permission | Permission[];
  schema: S;
  /** Unique-constraint field → Vietnamese message, shown next to that field. */
  uniqueFields?: Record<string, string>;
};

/** A page the change makes stale, or `{ layout }`: every page under that path. */
export type Stale = string | { layout: string };

type ActionConfig<S extends z.ZodType, R> = Config<S> & {
  /** What the change makes stale: fixed, or worked out from the input and result. */
  revalidate?: Stale[] | ((input: z.infer<S>, result: R) => Stale[]);
};

/**
 * The one way to mutate from the UI (docs/decisions/0062-one-mutation-shape.md):
 * session → permission from the table → zod parse → the operation → revalidate the pages it changed.
 * `lib/<domain>/actions.ts` holds only these wrappers; the operation lives in a file named after it,
 * takes `(actor, input)` and writes its own audit row inside its transaction.
 */
export function createAction<S extends z.ZodType, R>(
  config: ActionConfig<S, R>,
  operation: (actor: Actor, input: z.infer<S>) => Promise<R>,
) {
  const needed = Array.isArray(config.permission) ? config.permission : [config.permission];
  return async (raw: unknown): Promise<ActionResult<R>> => {
    try {
      const actor = await getActor();
      if (!actor)
        return {
          ok: false,
          code: "UNAUTHENTICATED",
          error: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.",
        };
      if (!needed.some((p) => can(actor, p))) throw forbidden();
      const parsed = config.schema.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          code: "VALIDATION",
          error: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
          fieldErrors: toFieldErrors(parsed.error),
        };
      }
      const data = await operation(actor, parsed.data);
      const paths =
        typeof config.revalidate === "function" ? config.revalidate(parsed.data, data) : config.revalidate;
      for (const stale of paths ?? [])
        if (typeof stale === "string") revalidatePath(stale);
        else revalidatePath(stale.layout, "layout");
      return { ok: true, data };
    } catch (err) {
      return toFailure(err, config);
    }
  };
}

export function toFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

function toFailure<S extends z.ZodType>(err: unknown, config: Config<S>): ActionResult<never> {
  if (isAppError(err)) return { ok: false, code: err.code, error: err.message, fieldErrors: err.fieldErrors };
  const prismaCode = (err as { code?: string })?.code;
  if (prismaCode === "P2002") {
    const target = JSON.stringify((err as { meta?: unknown }).meta ?? "");
    const field = Object.keys(config.uniqueFields ?? {}).find((f) => target.includes(f));
    if (field) {
      const message = config.uniqueFields![field];
      return { ok: false, code: "CONFLICT", error: message, fieldErrors: { [field]: message } };
    }
    return { ok: false, code: "CONFLICT", error: "Bản ghi trùng với một bản ghi đã có." };
  }
  if (prismaCode === "P2025")
    return { ok: false, code: "NOT_FOUND", error: "Không tìm thấy bản ghi, hoặc bạn không có quyền xem." };
  console.error(`[action ${config.name}]`, err);
  return {
    ok: false,
    code: "INTERNAL",
    error: "Đã có lỗi không mong muốn. Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị.",
  };
}
