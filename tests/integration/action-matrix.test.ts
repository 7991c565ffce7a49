// Every exported server action of lib/*/actions.ts × every role, against real rows. Allowed
// cells succeed and write audit rows by their actor only, leaving the other unit alone; refused
// cells return the expected code and leave the database exactly as it was, audit log included.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import { ACTION_MATRIX, NOT_COVERED } from "./helpers/action-matrix";
import { discoverActions } from "./helpers/discover-actions";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, ROLE_KEYS, type World } from "./helpers/world";

type Action = (raw: unknown) => Promise<ActionResult<unknown>>;

// Discovery, not a hand-kept list: a new lib/**/actions.ts or a new export shows up here.
const { folders, exports: discovered } = await discoverActions();

describe("the matrix covers every server action", () => {
  it("finds the action modules of every domain", () => {
    expect(folders).toEqual(
      expect.arrayContaining(["auth", "groups", "members", "settings", "settings/accounts", "terms"]),
    );
    expect(Object.keys(discovered).length).toBeGreaterThanOrEqual(20);
  });

  it("has a row (or a stated reason to skip) for every export, and none for an action that is gone", () => {
    const listed = [...Object.keys(ACTION_MATRIX), ...Object.keys(NOT_COVERED)];
    expect(
      Object.keys(discovered).filter((k) => !listed.includes(k)),
      "exports without a matrix row",
    ).toEqual([]);
    expect(
      listed.filter((k) => !(k in discovered)),
      "rows for actions that no longer exist",
    ).toEqual([]);
    for (const [key, value] of Object.entries(discovered))
      expect(typeof value, `${key} is not a function`).toBe("function");
    for (const [key, row] of Object.entries(ACTION_MATRIX))
      expect(Object.keys(row.expected).sort(), key).toEqual([...ROLE_KEYS].sort());
  });
});

const runnable = Object.keys(discovered).filter((k) => !(k in NOT_COVERED));

describe.each(runnable)("%s", (key) => {
  // One world per action; each cell makes its own target records on top of it.
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });

  const cells = ROLE_KEYS.map((role) => ({
    role,
    expected: ACTION_MATRIX[key]?.expected[role] ?? "a matrix row",
  }));

  it.each(cells)("$role → $expected", async ({ role, expected }) => {
    const spec = ACTION_MATRIX[key];
    if (!spec) throw new Error(`${key} has no row in tests/integration/helpers/action-matrix.ts`);
    const fixture = spec.prepare ? await spec.prepare(w) : undefined;
    const input = spec.input(fixture, w);
    actAs(w.userIdOf(role));
    // The unit the actor does not belong to must never change, whatever the outcome.
    const foreignUnit = role === "chairOfOtherUnit" ? w.unit.id : w.otherUnit.id;
    const auditMark = await lastAuditId();
    const before = await snapshotAll(w.unitIds);
    const beforeForeign = await snapshotAll([foreignUnit]);

    const result = await (discovered[key] as Action)(input);

    if (expected === "ok") {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      const written = await db.auditLog.findMany({ where: { id: { gt: auditMark } } });
      if (spec.readOnly)
        expect(await snapshotAll(w.unitIds), "a read changes nothing, audit log included").toEqual(before);
      else expect(written.length, "an allowed change writes an audit row").toBeGreaterThan(0);
      for (const a of written) {
        expect(a.actorUserId).toBe(w.userIdOf(role));
        if (spec.scope === "own record") expect([w.userIdOf(role), w.memberIdOf(role)]).toContain(a.entityId);
      }
      expect(await snapshotAll([foreignUnit])).toEqual(beforeForeign);
    } else {
      expect(result).toMatchObject({ ok: false, code: expected });
      expect(await snapshotAll(w.unitIds)).toEqual(before);
      expect(await lastAuditId()).toBe(auditMark);
    }
  });
});
