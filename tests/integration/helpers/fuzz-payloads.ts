// Malformed payloads and requests built from a valid one (the matrix row's input), so that every
// action and route is fuzzed with its own field names without a hand-written schema per action.
import fc from "fast-check";
import {
  hostileNumber,
  hostileText,
  hugeText,
  invalidDate,
  isDateLike,
  isEnumLike,
  isIdLike,
  leaves,
  notAPayload,
  setLeaf,
  SCRIPT,
  wrongTypeFor,
  type Leaf,
} from "./fuzz-kit";
import type { Method, RouteRequest } from "./route-matrix-kit";

/** FUZZ_SEED=<n> replays a failing run (fast-check prints the seed). */
export const FUZZ_PARAMS = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};

const setAll = (base: unknown, ls: Leaf[], values: unknown[]) =>
  ls.reduce((acc, l, i) => setLeaf(acc, l.path, values[i]), base);
const hostileFor = (v: unknown) =>
  typeof v === "number"
    ? hostileNumber
    : typeof v === "boolean"
      ? wrongTypeFor(v)
      : isDateLike(v)
        ? invalidDate
        : hostileText;

type Malformed = { kind: string; payload: unknown };

/**
 * Payloads that are invalid by construction: not an object; every field of the wrong type; one
 * field of the wrong type and every other one hostile; every date impossible; every number
 * negative, fractional, huge or NaN; every string longer than any field allows.
 */
export function malformedPayload(base: unknown): fc.Arbitrary<Malformed> {
  const kinds: fc.Arbitrary<Malformed>[] = [
    notAPayload.map((payload) => ({ kind: "not a payload", payload })),
  ];
  const ls = leaves(base).filter((l) => l.path.length > 0);
  if (ls.length > 0) {
    kinds.push(
      fc
        .tuple(...ls.map((l) => wrongTypeFor(l.value)))
        .map((vals) => ({ kind: "every field of the wrong type", payload: setAll(base, ls, vals) })),
    );
    kinds.push(
      fc
        .tuple(fc.nat(ls.length - 1), fc.tuple(...ls.map((l) => hostileFor(l.value))))
        .chain(([i, vals]) =>
          wrongTypeFor(ls[i].value).map((bad) =>
            setAll(
              base,
              ls,
              vals.map((v, j) => (j === i ? bad : v)),
            ),
          ),
        )
        .map((payload) => ({ kind: "one field of the wrong type, the rest hostile", payload })),
    );
    const dates = ls.filter((l) => isDateLike(l.value));
    if (dates.length)
      kinds.push(
        fc
          .tuple(...dates.map(() => invalidDate))
          .map((vals) => ({ kind: "impossible dates", payload: setAll(base, dates, vals) })),
      );
    const numbers = ls.filter((l) => typeof l.value === "number");
    if (numbers.length)
      kinds.push(
        fc
          .tuple(...numbers.map(() => hostileNumber))
          .map((vals) => ({ kind: "hostile numbers", payload: setAll(base, numbers, vals) })),
      );
    const strings = ls.filter((l) => typeof l.value === "string");
    if (strings.length)
      kinds.push(
        hugeText.map((huge) => ({
          kind: "huge strings",
          payload: setAll(
            base,
            strings,
            strings.map(() => huge),
          ),
        })),
      );
  }
  return fc.oneof(...kinds);
}

/** The base payload with one free-text field (not an id, date or code) replaced by hostile text. */
export function hostileTextPayloads(base: unknown): unknown[] {
  const texts = leaves(base).filter(
    (l) =>
      l.path.length > 0 &&
      typeof l.value === "string" &&
      !isDateLike(l.value) &&
      !isEnumLike(l.value) &&
      !isIdLike(l.value, l.path.at(-1)),
  );
  const samples = [
    SCRIPT,
    '\'; DROP TABLE "Member"; --',
    "a\u0301\u0323\u200B\u202E\u{1F600}",
    "x\uD800y",
    "abc\u0000def",
  ];
  return texts.flatMap((l) => samples.map((s) => setLeaf(base, l.path, s)));
}

/** Requests with hostile query values, path parameters and bodies. */
export function malformedRequest(base: RouteRequest, method: Method): fc.Arbitrary<RouteRequest> {
  const keys = [
    ...new URLSearchParams(base.query ?? "").keys(),
    "q",
    "page",
    "year",
    "id",
    "status",
    "group",
  ];
  const value = fc.oneof(hostileText, hugeText, invalidDate, hostileNumber.map(String));
  const query = fc
    .array(fc.tuple(fc.constantFrom(...keys), value), { minLength: 1, maxLength: 4 })
    .map((pairs) => "?" + new URLSearchParams(pairs).toString());
  const params = base.params
    ? fc
        .tuple(
          ...Object.keys(base.params).map((k) => fc.oneof(hostileText, hugeText).map((v) => [k, v] as const)),
        )
        .map(Object.fromEntries)
    : fc.constant(undefined);
  const body =
    method === "GET"
      ? fc.constant(undefined)
      : fc.oneof(
          notAPayload,
          fc.constant("{not json"),
          fc.constant(textFile("danh-sach.xlsx", "not a spreadsheet")),
          fc.constant(textFile("a.pdf", SCRIPT)),
        );
  return fc.record({ query, params, body }).map((r) => ({ ...base, ...r, params: r.params ?? base.params }));
}

function textFile(name: string, content: string) {
  const form = new FormData();
  form.set("file", new File([content], name));
  return form;
}
