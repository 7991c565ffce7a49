// The parts of zod the app uses, re-exported by name. lib/validation.ts exposes them as `z`.
// Importing the whole `z` namespace from "zod" would ship every one of zod's ~50 languages
// (`z.locales`, about 100 KB gzip) to the browser with each form; named re-exports let the bundler
// drop them. A zod function missing here is a type error at its first use: add it to the list.
export {
  any, array, bigint, boolean, coerce, config, custom, date, discriminatedUnion, email, enum, int, intersection,
  lazy, literal, looseObject, never, null, nullable, nullish, number, object, optional, pipe, preprocess, record,
  strictObject, string, transform, tuple, undefined, union, unknown, url, uuid,
  ZodError, ZodType, ZodObject,
} from "zod";
export type { infer, input, output, ZodIssue, ZodRawShape, ZodTypeAny } from "zod";
