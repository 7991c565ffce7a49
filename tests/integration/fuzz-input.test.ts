// Bad input, as the chủ tịch (every permission, so validation and not authorization is tested):
// fast-check sends malformed payloads to every server action (found like action-matrix.test.ts
// does) and malformed requests to every route handler in the route matrix. Each is refused (an
// expected error code, or a 4xx) — never a thrown error or a 500 — and changes nothing anywhere in
// the database. Hostile text (script tags, SQL, unicode edge cases) in free-text fields may be
// accepted, as text, but never crashes an action.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import { ACTION_MATRIX, NOT_COVERED } from "./helpers/action-matrix";
import { discoverActions } from "./helpers/discover-actions";
import { installChangeLog } from "./helpers/fuzz-kit";
import {
  malformedPayload,
  malformedRequest,
  FUZZ_PARAMS,
  hostileTextPayloads,
} from "./helpers/fuzz-payloads";
import { ROUTE_MATRIX } from "./helpers/route-matrix";
import { callRoute, discoverRoutes } from "./helpers/route-matrix-kit";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { buildWorld, ROLE_KEYS, type World } from "./helpers/world";

type Action = (raw: unknown) => Promise<ActionResult<unknown>>;
const REFUSALS = ["VALIDATION", "NOT_FOUND", "FORBIDDEN", "CONFLICT"];
const show = (v: unknown) => {
  const s = JSON.stringify(v, (_k, x) =>
    typeof x === "string" && x.length > 80 ? `${x.slice(0, 40)}…(${x.length} chars)` : x,
  );
  return (s ?? String(v)).slice(0, 400);
};

const actions: Record<string, Action> = {};
for (const [key, fn] of Object.entries((await discoverActions()).exports))
  if (typeof fn === "function") actions[key] = fn as Action;
const actionKeys = Object.keys(actions)
  .filter((k) => !(k in NOT_COVERED))
  .sort();
const routes = (await discoverRoutes()).filter((r) => r.key in ROUTE_MATRIX);

// At least 500 malformed payloads in all, spread over what exists today; more as features land.
const ACTION_RUNS = Math.max(8, Math.ceil(480 / Math.max(1, actionKeys.length)));
const ROUTE_RUNS = 20;
let sent = 0;
let w: World;
let changes: Awaited<ReturnType<typeof installChangeLog>>;
beforeAll(async () => {
  w = await buildWorld();
  changes = await installChangeLog();
});
afterAll(async () => {
  await changes?.uninstall();
});

// The chủ tịch, or for an action the chủ tịch may not run (the UBKT's inspections.manage) the first
// role its matrix row allows: the payloads must reach the schema and the rules, not stop at the door.
const fuzzActor = (key: string) => {
  const expected = ACTION_MATRIX[key]?.expected;
  const role =
    !expected || expected.chair === "ok"
      ? "chair"
      : ROLE_KEYS.find((r) => r !== "anonymous" && expected[r] === "ok");
  return w.userIdOf(role ?? "chair");
};

describe.each(actionKeys)("action %s", (key) => {
  it(`refuses ${ACTION_RUNS} malformed payloads: an expected code, no 500, no change`, async () => {
    const spec = ACTION_MATRIX[key];
    const base = spec
      ? spec.input(spec.prepare ? await spec.prepare(w) : undefined, w)
      : { id: "x", name: "x" };
    actAs(fuzzActor(key));
    const watch = await changes.watch();
    await fc.assert(
      fc.asyncProperty(malformedPayload(base), async ({ kind, payload }) => {
        sent++;
        const result = await actions[key](payload).catch((err: Error) => ({
          ok: "threw",
          code: err.message,
        }));
        const where = `${key} ← ${kind}: ${show(payload)} → ${show(result)}`;
        expect(result.ok, where).toBe(false);
        expect(REFUSALS, where).toContain((result as { code: string }).code);
        expect(await watch.changed(), where).toEqual([]);
      }),
      { numRuns: ACTION_RUNS, endOnFailure: true, ...FUZZ_PARAMS },
    );
  });

  it("never crashes on hostile text in a free-text field (it may keep it, as text)", async () => {
    const spec = ACTION_MATRIX[key];
    if (!spec) return;
    const base = spec.input(spec.prepare ? await spec.prepare(w) : undefined, w);
    actAs(fuzzActor(key));
    for (const payload of hostileTextPayloads(base)) {
      const result = await actions[key](payload).catch((err: Error) => ({ ok: "threw", code: err.message }));
      expect(
        result.ok === true || REFUSALS.includes((result as { code: string }).code),
        `${key} ← ${show(payload)} → ${show(result)}`,
      ).toBe(true);
    }
  });
});

// The red-team report's inputs, named (issue 15): each is refused with the field's own error, never
// "lỗi không mong muốn", and nothing is stored. `npm run redteam` sends the same against the
// production build (`next start`), where expected errors cross bundles.
describe("the red-team report's inputs", () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ["members.createMemberAction", "a NUL in a name", { fullName: "Nguyễn\u0000Văn A" }, "fullName"],
    ["members.createMemberAction", "a lone surrogate in a name", { fullName: "Trần \uD800 B" }, "fullName"],
    [
      "members.createMemberAction",
      "zero-width spaces for a name",
      { fullName: "\u200B\u200B\u200B" },
      "fullName",
    ],
    [
      "members.createMemberAction",
      "a right-to-left override in a name",
      { fullName: "Lê Văn \u202EC" },
      "fullName",
    ],
    [
      "members.createMemberAction",
      "a salary above int4",
      { insuranceSalary: "9999999999" },
      "insuranceSalary",
    ],
    [
      "members.createMemberAction",
      "a salary with a decimal point",
      { insuranceSalary: "5000000.5" },
      "insuranceSalary",
    ],
    [
      "members.createMemberAction",
      "a salary with misplaced dots",
      { insuranceSalary: "50.00.000" },
      "insuranceSalary",
    ],
    ["welfare.createVisitAction", "an amount above int4", { amount: "2.147.483.648" }, "amount"],
    ["welfare.createVisitAction", "an amount with a decimal comma", { amount: "500.000,5" }, "amount"],
  ];
  it.each(cases)("%s refuses %s on its field, and stores nothing", async (key, _what, change, field) => {
    const spec = ACTION_MATRIX[key];
    const base = spec.input(spec.prepare ? await spec.prepare(w) : undefined, w) as Record<string, unknown>;
    actAs(w.people.chair.user.id);
    expect(await actions[key](base), "the untouched form is accepted").toMatchObject({ ok: true });
    const watch = await changes.watch();
    const result = await actions[key]({ ...base, ...change });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((result as { fieldErrors?: Record<string, string> }).fieldErrors?.[field]).toMatch(/\S/);
    expect(await watch.changed()).toEqual([]);
  });
});

describe.each(routes.map((r) => r.key))("route %s", (key) => {
  it(`answers ${ROUTE_RUNS} malformed requests below 500 and changes no data`, async () => {
    const route = routes.find((r) => r.key === key)!;
    const spec = ROUTE_MATRIX[key];
    const base = spec.request(spec.prepare ? await spec.prepare(w) : undefined, w, "chair");
    actAs(w.people.chair.user.id);
    // Reads may log themselves (member.export); every other table must stay as it was.
    const watch = await changes.watch({ exclude: ["AuditLog"] });
    const mark = await lastAuditId();
    await fc.assert(
      fc.asyncProperty(malformedRequest(base, route.method), async (req) => {
        sent++;
        const res = await callRoute(route, req).catch(
          (err: Error) => new Response(`threw: ${err.message}`, { status: 599 }),
        );
        const where = `${key} ← ${show(req)} → ${res.status}`;
        expect(res.status, where).toBeLessThan(500);
        // An upload route (spec.mutates) may keep a record of a refused file; nothing else may change.
        if (!spec.mutates) expect(await watch.changed(), where).toEqual([]);
      }),
      { numRuns: ROUTE_RUNS, endOnFailure: true, ...FUZZ_PARAMS },
    );
    const logged = await db.auditLog.findMany({ where: { id: { gt: mark } }, select: { actorUserId: true } });
    for (const a of logged) expect(a.actorUserId).toBe(w.people.chair.user.id);
  }, 60_000);
});

describe("in all", () => {
  it("sent at least 500 malformed payloads", () => {
    // Printed so that the count can be quoted; asserted so that it cannot silently shrink.
    console.log(
      `[fuzz] ${sent} malformed payloads: ${actionKeys.length} actions × ${ACTION_RUNS}, ${routes.length} routes × ${ROUTE_RUNS}`,
    );
    expect(sent).toBeGreaterThanOrEqual(500);
  });
});
