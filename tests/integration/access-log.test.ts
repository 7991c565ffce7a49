// Every read of another member's record is logged (who, which, when), and the BCH and UBKT can
// read that log for their own unit only, filtered by member, by reader and by kind, page by page.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getMember } from "@/lib/members/queries";
import { findAccessLog } from "@/lib/settings/access-log/queries";
import { accessLogParamsSchema } from "@/lib/settings/access-log/schema";
import { makeMember } from "../factories/records";
import { lastAuditId } from "./helpers/snapshot";
import { buildWorld, type RoleKey, type World } from "./helpers/world";

let w: World;
const actor = async (role: Exclude<RoleKey, "anonymous">) => (await loadActor(w.userIdOf(role)!))!;
const params = (p: Record<string, unknown> = {}) => accessLogParamsSchema.parse(p);

beforeAll(async () => {
  w = await buildWorld();
});

describe("the access log", () => {
  it("records who read which member record and when; reading one's own record is not logged", async () => {
    const target = await makeMember(db, {
      unitId: w.unit.id,
      groupId: w.groupA.id,
      fullName: "Phan Thị Được Xem",
    });
    const since = await lastAuditId();
    await getMember(await actor("bchMember"), target.id);
    await getMember(await actor("member"), w.people.member.member.id);
    const log = await findAccessLog(await actor("chair"), params({ member: "duoc xem" }));
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      action: "member.read",
      memberId: target.id,
      memberName: "Phan Thị Được Xem",
      readerName: w.people.bchMember.member.fullName,
      readerEmail: w.people.bchMember.user.email,
    });
    // This very read: written after the mark, and stamped with its moment.
    expect(BigInt(log.items[0].id)).toBeGreaterThan(since);
    expect(log.items[0].at).toBeInstanceOf(Date);
    const own = await findAccessLog(
      await actor("chair"),
      params({ member: w.people.member.member.fullName }),
    );
    expect(own.items.filter((i) => i.readerEmail === w.people.member.user.email)).toEqual([]);
  });

  it("filters by reader and by kind, and pages 30 rows at a time", async () => {
    const target = await makeMember(db, {
      unitId: w.unit.id,
      groupId: w.groupB.id,
      fullName: "Võ Văn Nhiều Lượt",
    });
    const ubkt = await actor("ubkt");
    for (let i = 0; i < 31; i++) await getMember(ubkt, target.id);
    const chair = await actor("chair");
    const first = await findAccessLog(
      chair,
      params({ member: "Nhiều Lượt", reader: w.people.ubkt.user.email }),
    );
    expect(first).toMatchObject({ total: 31, pageCount: 2 });
    expect(first.items).toHaveLength(30);
    const second = await findAccessLog(
      chair,
      params({ member: "Nhiều Lượt", reader: w.people.ubkt.user.email, page: "2" }),
    );
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(31);
    expect(
      (await findAccessLog(chair, params({ member: "Nhiều Lượt", reader: w.people.viceChair.user.email })))
        .total,
    ).toBe(0);
    expect((await findAccessLog(chair, params({ member: "Nhiều Lượt", kind: "member.export" }))).total).toBe(
      0,
    );
  });

  it("shows one unit's log only, and only to those with access-log.read", async () => {
    const target = await makeMember(db, {
      unitId: w.unit.id,
      groupId: w.groupA.id,
      fullName: "Đặng Thị Riêng Tư",
    });
    await getMember(await actor("chair"), target.id);
    expect((await findAccessLog(await actor("ubkt"), params({ member: "Riêng Tư" }))).total).toBe(1);
    expect((await findAccessLog(await actor("chairOfOtherUnit"), params({ member: "Riêng Tư" }))).total).toBe(
      0,
    );
    for (const role of ["member", "leaderSameGroup", "leaderOtherGroup"] as const) {
      await expect(findAccessLog(await actor(role), params())).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
