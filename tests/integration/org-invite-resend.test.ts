// The cấp trên re-sends an expired invite (a new one-time link; the old one stays refused), and its
// page of a CĐCS tells who holds the chủ tịch's account instead of offering a second invite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { pinMoment } from "@/lib/clock";
import { db } from "@/lib/db";
import { inviteChairAction, resendChairInviteAction } from "@/lib/org/actions";
import { chairPanel } from "@/lib/org/chair-panel";
import { INVITE_UNUSABLE, redeemInvite } from "@/lib/org/invite/redeem-invite";
import { findOrgUnit } from "@/lib/org/queries";
import { ALREADY_JOINED, stillValid } from "@/lib/org/resend-chair-invite";
import { SUITE_MOMENT } from "../support/today";
import { grassrootsUnder } from "./helpers/matrix-org";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
  pinMoment(SUITE_MOMENT);
});
afterAll(() => pinMoment(null));

const tokenOf = (r: unknown) => (r as { data: { link: string } }).data.link.replace("/invite/", "");
const DAY = 86_400_000;

describe("re-sending an expired invite", () => {
  it("refuses while the link is usable; once expired, a new link opens the account and the old stays refused", async () => {
    const unit = await grassrootsUnder(w);
    actAs(w.upperUser.id);
    const first = await inviteChairAction({
      unitId: unit.id,
      fullName: "Phan Thị Hạnh",
      gender: "FEMALE",
      email: `hanh-${unit.id}@example.vn`,
    });
    const oldToken = tokenOf(first);
    const invite = await db.userInvite.findFirstOrThrow({ where: { unitId: unit.id } });

    // Still usable (7 days from the suite's moment): refused in words, nothing written.
    let mark = await lastAuditId();
    expect(await resendChairInviteAction({ unitId: unit.id })).toEqual({
      ok: false,
      code: "CONFLICT",
      error: stillValid(invite.expiresAt),
    });
    expect(await db.userInvite.count({ where: { unitId: unit.id } })).toBe(1);
    expect(await lastAuditId()).toBe(mark);

    // The link expires unused: the page offers "Gửi lại lời mời", not the form.
    const expired = new Date(SUITE_MOMENT.getTime() - 1000);
    await db.userInvite.update({ where: { id: invite.id }, data: { expiresAt: expired } });
    const upper = (await loadActor(w.upperUser.id))!;
    const before = (await findOrgUnit(upper, unit.id))!;
    expect(chairPanel(before, true, SUITE_MOMENT)).toEqual({ account: false, form: false, resend: true });

    const again = await resendChairInviteAction({ unitId: unit.id });
    expect(again).toMatchObject({ ok: true });
    const newToken = tokenOf(again);
    expect(newToken).not.toBe(oldToken);
    const rows = await db.userInvite.findMany({ where: { unitId: unit.id }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: invite.id, expiresAt: expired, usedAt: null });
    expect(rows[1].userId).toBe(invite.userId);
    expect(rows[1].expiresAt.getTime()).toBe(SUITE_MOMENT.getTime() + 7 * DAY);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "org.chair.reinvite", entityId: invite.userId },
    });
    expect(audit.actorUserId).toBe(w.upperUser.id);

    await expect(redeemInvite({ token: oldToken, password: "ChuTich2026" })).rejects.toThrow(INVITE_UNUSABLE);
    await expect(redeemInvite({ token: newToken, password: "ChuTich2026" })).resolves.toEqual({
      email: `hanh-${unit.id}@example.vn`,
    });

    // Now she holds the account: nothing to re-send, and the page names her instead of a form.
    mark = await lastAuditId();
    await db.userInvite.update({ where: { id: rows[1].id }, data: { expiresAt: expired } });
    expect(await resendChairInviteAction({ unitId: unit.id })).toEqual({
      ok: false,
      code: "CONFLICT",
      error: ALREADY_JOINED,
    });
    expect(await db.userInvite.count({ where: { unitId: unit.id } })).toBe(2);
    expect(await lastAuditId()).toBe(mark);
  });

  it("another cấp trên's CĐCS is not found; a CĐCS's chủ tịch is refused", async () => {
    actAs(w.upperUser.id);
    expect(await resendChairInviteAction({ unitId: w.otherUnit.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(w.userIdOf("chair"));
    const unit = await grassrootsUnder(w);
    expect(await resendChairInviteAction({ unitId: unit.id })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});

describe("the page of a CĐCS whose chủ tịch already signs in", () => {
  it("names the account (name, e-mail, last sign-in) and offers no invite form", async () => {
    const lastLoginAt = new Date(SUITE_MOMENT.getTime() - 3 * DAY);
    const chairUser = w.people.chair.user;
    await db.user.update({ where: { id: chairUser.id }, data: { lastLoginAt } });
    const upper = (await loadActor(w.upperUser.id))!;
    const unit = (await findOrgUnit(upper, w.unit.id))!;
    expect(unit.invites).toEqual([]);
    expect(unit.chair).toEqual({
      fullName: w.people.chair.member.fullName,
      state: "active",
      email: chairUser.email,
      lastLoginAt,
    });
    expect(chairPanel(unit, true, SUITE_MOMENT)).toEqual({ account: true, form: false, resend: false });
  });

  it("a CĐCS with nobody invited gets the form, and only for who may invite", async () => {
    const fresh = await grassrootsUnder(w);
    const upper = (await loadActor(w.upperUser.id))!;
    const unit = (await findOrgUnit(upper, fresh.id))!;
    expect(unit.chair).toBeNull();
    expect(chairPanel(unit, true, SUITE_MOMENT)).toEqual({ account: false, form: true, resend: false });
    expect(chairPanel(unit, false, SUITE_MOMENT)).toEqual({ account: false, form: false, resend: false });
  });
});
