// The header bell's count comes with the actor's one query (lib/auth/current-user.ts, decision
// 0087): it must be exactly the count the bell read on its own (lib/notifications/queries.ts):
// this user's visible notifications not yet read, nobody else's.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { countUnread } from "@/lib/notifications/queries";
import { SUITE_MOMENT } from "../support/today";
import { buildWorld, makePerson, type World } from "./helpers/world";

let w: World;
let me: { userId: string };
let other: { userId: string };

beforeAll(async () => {
  w = await buildWorld();
  const a = await makePerson(w.unit.id, w.groupA.id, { label: "bell-a" });
  const b = await makePerson(w.unit.id, w.groupA.id, { label: "bell-b" });
  me = { userId: a.user.id };
  other = { userId: b.user.id };
  const row = (userId: string, key: string, extra: { visible?: boolean; readAt?: Date } = {}) => ({
    userId,
    kind: "OPINION_ANSWERED" as const,
    eventKey: `bell-test:${key}`,
    title: "Ý kiến đã được trả lời",
    body: "—",
    link: "/me/opinions",
    createdAt: SUITE_MOMENT,
    ...extra,
  });
  await db.notification.createMany({
    data: [
      row(me.userId, "1"),
      row(me.userId, "2"),
      row(me.userId, "read", { readAt: SUITE_MOMENT }),
      row(me.userId, "hidden", { visible: false }),
      row(other.userId, "1"),
    ],
  });
});

describe("the actor's unread count", () => {
  it("counts only this user's visible, unread notifications: 2 of the 4 rows, none of the other's", async () => {
    const actor = await loadActor(me.userId);
    expect(actor?.unreadNotifications).toBe(2);
    expect(await countUnread(me)).toBe(2);
  });

  it("falls as they are read, and is 0 for a user with none left", async () => {
    await db.notification.updateMany({
      where: { userId: me.userId, readAt: null },
      data: { readAt: SUITE_MOMENT },
    });
    expect((await loadActor(me.userId))?.unreadNotifications).toBe(0);
    expect((await loadActor(other.userId))?.unreadNotifications).toBe(1);
  });
});
