// Every exported method of app/api/**/route.ts × every role, called directly with a Request and
// the mocked session. Allowed cells answer 2xx and show this unit's record only to this unit's
// readers; refused cells answer 401/403/404, show nothing of it, and leave the database exactly as
// it was (audit log included). The companion of action-matrix.test.ts for server actions.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ROUTE_MATRIX, ROUTES_NOT_COVERED } from "./helpers/route-matrix";
import { callRoute, discoverRoutes, matches } from "./helpers/route-matrix-kit";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, ROLE_KEYS, type World } from "./helpers/world";

const discovered = await discoverRoutes();
const byKey = new Map(discovered.map((r) => [r.key, r]));

describe("the route matrix covers every route handler", () => {
  it("finds the route files under app/api", () => {
    expect([...byKey.keys()]).toEqual(expect.arrayContaining(["/api/health GET", "/api/members/export GET"]));
  });

  it("has a row (or a stated reason to skip) for every exported method, and none for a route that is gone", () => {
    const listed = [...Object.keys(ROUTE_MATRIX), ...Object.keys(ROUTES_NOT_COVERED)];
    expect(
      [...byKey.keys()].filter((k) => !listed.includes(k)),
      "route methods without a row in route-matrix*.ts",
    ).toEqual([]);
    expect(
      listed.filter((k) => !byKey.has(k)),
      "rows for routes that no longer exist",
    ).toEqual([]);
    for (const [key, row] of Object.entries(ROUTE_MATRIX)) {
      expect(typeof byKey.get(key)?.handler, `${key} is not a function`).toBe("function");
      expect(Object.keys(row.expected).sort(), key).toEqual([...ROLE_KEYS].sort());
    }
  });
});

const runnable = [...byKey.keys()].filter((k) => k in ROUTE_MATRIX);

describe.each(runnable)("%s", (key) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });

  const cells = ROLE_KEYS.map((role) => ({ role, expected: ROUTE_MATRIX[key].expected[role] }));

  it.each(cells)("$role → $expected", async ({ role, expected }) => {
    const spec = ROUTE_MATRIX[key];
    const fixture = spec.prepare ? await spec.prepare(w) : undefined;
    actAs(w.userIdOf(role));
    const foreignUnit = role === "chairOfOtherUnit" ? w.unit.id : w.otherUnit.id;
    const auditMark = await lastAuditId();
    const before = await snapshotAll(w.unitIds);
    const beforeForeign = await snapshotAll([foreignUnit]);

    const res = await callRoute(byKey.get(key)!, spec.request(fixture, w, role));

    expect(res.status, `${key} as ${role}`).not.toBe(500);
    expect(
      matches(res.status, expected),
      `${key} as ${role}: status ${res.status}, expected ${expected}`,
    ).toBe(true);
    const text =
      res.status >= 200 && res.status < 300
        ? await (spec.read ?? ((r: Response) => r.text()))(res)
        : await res.text();
    const secret = spec.secret?.(fixture, w);
    const seesThisUnit = expected === "ok" && role !== "chairOfOtherUnit";

    if (expected === "ok") {
      if (secret)
        expect(
          text.includes(secret),
          `${role} ${seesThisUnit ? "sees" : "must not see"} "${secret}" in: ${text.slice(0, 1500)}`,
        ).toBe(seesThisUnit);
      // Reads may log the access (member.export); any row written carries this actor.
      const written = await db.auditLog.findMany({ where: { id: { gt: auditMark } } });
      for (const a of written) expect(a.actorUserId).toBe(w.userIdOf(role));
      if (!spec.mutates && spec.scope !== "public") {
        const { audit: _a, ...rest } = await snapshotAll(w.unitIds);
        const { audit: _b, ...restBefore } = before;
        expect(rest, "a read changes nothing but the audit log").toEqual(restBefore);
      }
      expect(await snapshotAll([foreignUnit])).toEqual(beforeForeign);
    } else {
      if (secret) expect(text.includes(secret), "a refusal shows nothing of the record").toBe(false);
      expect(await snapshotAll(w.unitIds)).toEqual(before);
      expect(await lastAuditId()).toBe(auditMark);
    }
  });
});
