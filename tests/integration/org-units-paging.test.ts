// The cấp trên's list of CĐCS is sorted and paged in SQL (lib/org/queries.ts, the federation
// bench): the page's rows, the counts, a page past the last, CĐCS two levels down, and only the
// actor's own subtree, on a cấp trên of its own so that the numbers are known exactly.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { findOrgUnits } from "@/lib/org/queries";
import { makeUser } from "../factories/records";
import { tag } from "./helpers/matrix-kit";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let actor: Actor;
/** "Công đoàn Đơn vị 01" … "45": 01–40 directly under the cấp trên, 41–45 under a cấp trên below it. */
const NAME = (n: number) => `Công đoàn Đơn vị ${String(n).padStart(2, "0")}`;

beforeAll(async () => {
  w = await buildWorld();
  const t = tag();
  const top = await db.unit.create({
    data: { name: `LĐLĐ ${t}`, parentName: "TLĐ", placeName: "Đà Nẵng", kind: "UPPER" },
  });
  const middle = await db.unit.create({
    data: {
      name: `CĐ ngành ${t}`,
      parentName: top.name,
      placeName: "Đà Nẵng",
      kind: "UPPER",
      parentId: top.id,
    },
  });
  // Created in reverse order, so that only the ORDER BY can put them in order.
  for (let n = 45; n >= 1; n--)
    await db.unit.create({
      data: {
        name: NAME(n),
        parentName: "x",
        placeName: "Đà Nẵng",
        kind: "GRASSROOTS",
        parentId: n > 40 ? middle.id : top.id,
      },
    });
  const user = await makeUser(db, {
    unitId: top.id,
    email: `captren-paging-${t}@test.vn`,
    password: "Abc@12345",
  });
  await db.user.update({ where: { id: user.id }, data: { upperOffice: "CHAIR" } });
  actor = (await loadActor(user.id))!;
});

describe("the cấp trên's list of CĐCS", () => {
  it("gives the first 20 by name, and counts all 45 at both levels (not the cấp trên between)", async () => {
    const list = await findOrgUnits(actor, { q: "", page: 1 });
    expect(list.rows.map((r) => r.name)).toEqual(Array.from({ length: 20 }, (_, i) => NAME(i + 1)));
    expect([list.total, list.all, list.page, list.pages]).toEqual([45, 45, 1, 3]);
  });

  it("gives the last five on page 3, and page 3 again for a page past the last", async () => {
    const last = [41, 42, 43, 44, 45].map(NAME);
    const p3 = await findOrgUnits(actor, { q: "", page: 3 });
    expect(p3.rows.map((r) => r.name)).toEqual(last);
    expect(p3.rows.map((r) => r.parentName)).toEqual(last.map(() => expect.stringMatching(/^CĐ ngành /)));
    const p9 = await findOrgUnits(actor, { q: "", page: 9 });
    expect([p9.page, p9.pages]).toEqual([3, 3]);
    expect(p9.rows.map((r) => r.name)).toEqual(last);
  });

  it("searches without diacritics over the whole subtree and pages the hits", async () => {
    const found = await findOrgUnits(actor, { q: "don vi 4", page: 1 });
    expect(found.rows.map((r) => r.name)).toEqual([40, 41, 42, 43, 44, 45].map(NAME));
    expect([found.total, found.all, found.pages]).toEqual([6, 45, 1]);
  });

  it("does not list a CĐCS of another cấp trên", async () => {
    const all = [1, 2, 3].map(async (page) => (await findOrgUnits(actor, { q: "", page })).rows);
    const ids = (await Promise.all(all)).flat().map((r) => r.id);
    expect(ids).toHaveLength(45);
    expect(ids).not.toContain(w.unit.id);
  });
});
