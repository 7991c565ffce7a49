// Two people edit the same member at once: the second save is refused with a clear message and
// nothing is overwritten silently (optimistic locking on Member.version).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateMemberAction, updateOwnContactAction } from "@/lib/members/actions";
import { STALE_MEMBER_MESSAGE } from "@/lib/members/schema";
import { makeMember } from "../factories/records";
import { editForm } from "./helpers/forms";
import { actAs } from "./helpers/session";
import { auditSince, lastAuditId } from "./helpers/snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const newTarget = () =>
  makeMember(db, {
    unitId: w.unit.id,
    groupId: w.groupA.id,
    phone: "0911111111",
    joinedUnionOn: "2015-09-01",
  });

describe("optimistic locking of updateMember", () => {
  it("of two concurrent saves from the same loaded version, exactly one wins and the other is told", async () => {
    for (let round = 0; round < 5; round++) {
      const target = await newTarget();
      const since = await lastAuditId();
      // Both forms were loaded at version 0. actAs is read when each call starts, so each runs as its own user.
      actAs(w.people.chair.user.id);
      const first = updateMemberAction({
        id: target.id,
        version: target.version,
        values: editForm(target, { phone: "0922222222" }),
      });
      actAs(w.people.bchMember.user.id);
      const second = updateMemberAction({
        id: target.id,
        version: target.version,
        values: editForm(target, { phone: "0933333333", fullName: "Tên Của Người Thứ Hai" }),
      });
      const results = await Promise.all([first, second]);

      const winners = results.filter((r) => r.ok);
      const losers = results.filter((r) => !r.ok);
      expect(winners, JSON.stringify(results)).toHaveLength(1);
      expect(losers[0]).toMatchObject({ ok: false, code: "CONFLICT", error: STALE_MEMBER_MESSAGE });

      const stored = await db.member.findUniqueOrThrow({ where: { id: target.id } });
      const firstWon = results[0].ok;
      expect(stored.version).toBe(1);
      expect(stored.phone).toBe(firstWon ? "0922222222" : "0933333333");
      expect(stored.fullName).toBe(firstWon ? target.fullName : "Tên Của Người Thứ Hai");
      const audit = await auditSince(since, { entityId: target.id });
      expect(audit.map((a) => a.action)).toEqual(["member.update"]);
      expect(audit[0].actorUserId).toBe(firstWon ? w.people.chair.user.id : w.people.bchMember.user.id);
    }
  });

  it("a save from a form loaded before someone else's save is refused, even for another field", async () => {
    const target = await newTarget();
    actAs(w.people.chair.user.id);
    expect(
      await updateMemberAction({
        id: target.id,
        version: 0,
        values: editForm(target, { phone: "0922222222" }),
      }),
    ).toMatchObject({ ok: true });
    actAs(w.people.viceChair.user.id);
    const stale = await updateMemberAction({
      id: target.id,
      version: 0,
      values: editForm(target, { hometown: "Hội An" }),
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", error: STALE_MEMBER_MESSAGE });
    const stored = await db.member.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored).toMatchObject({ phone: "0922222222", hometown: target.hometown, version: 1 });
    // After reloading (version 1) the same edit goes through.
    expect(
      await updateMemberAction({
        id: target.id,
        version: 1,
        values: editForm(stored, { hometown: "Hội An" }),
      }),
    ).toMatchObject({ ok: true });
    expect(await db.member.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      phone: "0922222222",
      hometown: "Hội An",
      version: 2,
    });
  });

  it("a member changing their own phone also makes an open BCH edit form stale", async () => {
    const me = w.people.member.member;
    const loaded = await db.member.findUniqueOrThrow({ where: { id: me.id } });
    actAs(w.people.member.user.id);
    expect(await updateOwnContactAction({ phone: "0944444444", email: "" })).toMatchObject({ ok: true });
    actAs(w.people.chair.user.id);
    const stale = await updateMemberAction({
      id: me.id,
      version: loaded.version,
      values: editForm(loaded, { jobTitle: "Tổ trưởng chuyên môn" }),
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.member.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({
      phone: "0944444444",
      jobTitle: loaded.jobTitle,
    });
  });

  it("a save without a version is a validation error, not a silent overwrite", async () => {
    const target = await newTarget();
    actAs(w.people.chair.user.id);
    const res = await updateMemberAction({
      id: target.id,
      values: editForm(target, { phone: "0955555555" }),
    });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await db.member.findUniqueOrThrow({ where: { id: target.id } })).phone).toBe("0911111111");
  });
});
