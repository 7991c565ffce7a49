// GET /api/groups/options (decision 0100): the tổ list the member page's status dialog fetches when
// its "Tổ chuyển đến" field first shows. The unit's open tổ by name for those who may move a member,
// nothing for anyone else, never another unit's tổ.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/groups/options/route";
import { db } from "@/lib/db";
import { tag } from "./helpers/matrix-kit";
import { callRoute } from "./helpers/route-matrix-kit";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";
import { makeGroup } from "../factories/records";

let w: World;
let chemistry: { id: string; name: string };
let archived: { id: string; name: string };
let foreign: { id: string; name: string };

beforeAll(async () => {
  w = await buildWorld();
  // The world's unit has Tổ Toán – Tin (A) and Tổ Ngữ văn (B); one more open tổ and one archived.
  chemistry = await makeGroup(db, w.unit.id, `Tổ Hóa học ${tag()}`);
  archived = await makeGroup(db, w.unit.id, `Tổ Lịch sử ${tag()}`);
  await db.group.update({
    where: { id: archived.id },
    data: { archivedAt: new Date("2026-01-15T00:00:00Z") },
  });
  foreign = await makeGroup(db, w.otherUnit.id, `Tổ Địa lý ${tag()}`);
});

const get = () => callRoute({ path: "/api/groups/options", method: "GET", handler: GET }, {});

describe("GET /api/groups/options", () => {
  it("gives the BCH the unit's open tổ by name, not the archived one, not another unit's", async () => {
    for (const role of ["chair", "viceChair", "bchMember"] as const) {
      actAs(w.userIdOf(role));
      const res = await get();
      expect(res.status, role).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      // Hóa học < Ngữ văn < Toán – Tin.
      expect(await res.json(), role).toEqual({
        groups: [
          { id: chemistry.id, name: chemistry.name },
          { id: w.groupB.id, name: w.groupB.name },
          { id: w.groupA.id, name: w.groupA.name },
        ],
      });
    }
  });

  it("gives the other unit's chủ tịch their own tổ only", async () => {
    actAs(w.userIdOf("chairOfOtherUnit"));
    const res = await get();
    expect(res.status).toBe(200);
    const { groups } = (await res.json()) as { groups: { id: string; name: string }[] };
    expect(groups).toHaveLength(2);
    expect(groups).toEqual(
      expect.arrayContaining([
        { id: foreign.id, name: foreign.name },
        { id: w.otherGroup.id, name: w.otherGroup.name },
      ]),
    );
  });

  it.each(["member", "leaderSameGroup", "ubkt"] as const)(
    "refuses %s, who may not move a member, with no tổ in the answer",
    async (role) => {
      actAs(w.userIdOf(role));
      const res = await get();
      expect(res.status).toBe(403);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: "Bạn không có quyền xem danh sách tổ." });
      expect(text).not.toContain(w.groupA.name);
    },
  );

  it("asks a visitor who is not signed in to sign in", async () => {
    actAs(null);
    const res = await get();
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Bạn cần đăng nhập để xem danh sách tổ." });
  });
});
