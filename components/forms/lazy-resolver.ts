"use client";
// A react-hook-form resolver whose zod schema (and zod itself, about 48 KB gzip) is fetched when
// the form is first used, not with the page. The pages members open on a phone (/me, the
// registration, the self-assessment, an opinion, the password) then load in under 150 KB; the
// checks and messages are the very schema the server action parses (decision 0058).
import type { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";

type Schema = Parameters<typeof zodResolver>[0];

export type LazyResolver<T extends FieldValues> = Resolver<T> & { preload: () => void };

/**
 * `load` imports the schema module, e.g. `() => import("@/lib/members/schema").then((m) => m.contactSchema)`.
 * `preload()` (on the form's first focus) fetches it early, so the first check does not wait.
 */
export function lazyZodResolver<T extends FieldValues>(load: () => Promise<Schema>): LazyResolver<T> {
  let pending: Promise<Resolver<T>> | null = null;
  // The resolver helpers (about 2 KB gzip) come with the schema, not with the page (decision 0074).
  const get = () =>
    (pending ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as unknown as Resolver<T>,
    ));
  const resolver = (async (values, context, options) =>
    (await get())(values, context, options)) as LazyResolver<T>;
  resolver.preload = () => void get().catch(() => (pending = null));
  return resolver;
}
