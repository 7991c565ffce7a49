// Papers a CĐCS sends its cấp trên (decision 0089) against the real database: versions, supersede,
// the accepted version locked, return (comment required) and accept by the cấp trên of the unit's own
// subtree only, stale versions refused, the inbox and its "Chưa gửi" list, and every refusal leaving
// the database as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { acceptSubmissionAction, returnSubmissionAction } from "@/lib/org/submissions/actions";
import { STALE } from "@/lib/org/submissions/decide-submission";
import { findInbox, findMissing, findOrgSubmission, inboxCounts } from "@/lib/org/submissions/queries";
import { submitPaperAction } from "@/lib/submissions/actions";
import { thawDocs } from "@/lib/submissions/frozen";
import { NO_UPPER } from "@/lib/submissions/submit-paper";
import { SUITE_MOMENT } from "../support/today";
import { grassrootsUnder } from "./helpers/matrix-org";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, PASSWORD, type World } from "./helpers/world";
import { makeUnit, makeUser } from "../factories/records";

const YEAR = 2026;
let w: World;
let otherUpperUserId: string;
let upperUbktUserId: string;

beforeAll(async () => {
  w = await buildWorld();
  // A second cấp trên, with a CĐCS of its own: it must not reach the first one's papers.
  const otherUpper = await makeUnit(db, { name: "Công đoàn Viên chức thành phố" });
  await db.unit.update({ where: { id: otherUpper.id }, data: { kind: "UPPER" } });
  await db.unit.update({ where: { id: w.otherUnit.id }, data: { parentId: null } });
  const u = await makeUser(db, {
    unitId: otherUpper.id,
    email: `captren2-${w.unit.id}@test.vn`,
    password: PASSWORD,
  });
  await db.user.update({ where: { id: u.id }, data: { upperOffice: "CHAIR" } });
  otherUpperUserId = u.id;
  const ubkt = await makeUser(db, {
    unitId: w.upper.id,
    email: `ubkt-ct-${w.unit.id}@test.vn`,
    password: PASSWORD,
  });
  await db.user.update({ where: { id: ubkt.id }, data: { upperOffice: "UBKT" } });
  upperUbktUserId = ubkt.id;
});

const versions = () =>
  db.submission.findMany({
    where: { unitId: w.unit.id, year: YEAR, kind: "STATISTICS" },
    orderBy: { version: "asc" },
    select: { id: true, version: true, state: true, comment: true, doc: true },
  });
const send = (role: "chair" | "viceChair" = "chair") => {
  actAs(w.userIdOf(role));
  return submitPaperAction({ kind: "STATISTICS", year: YEAR });
};
/** A refused call: the expected code, and nothing changed anywhere in the unit, audit log included. */
async function expectRefused(call: () => Promise<unknown>, code: string, message?: string) {
  const mark = await lastAuditId();
  const before = await snapshotAll(w.unitIds);
  const result = await call();
  expect(result).toMatchObject({ ok: false, code, ...(message ? { error: message } : {}) });
  expect(await snapshotAll(w.unitIds)).toEqual(before);
  expect(await lastAuditId()).toBe(mark);
}

describe("sending a paper, returning it, accepting it", () => {
  it("the chủ tịch sends the statistics report: version 1, waiting, with the paper frozen", async () => {
    const result = await send();
    expect(result).toMatchObject({ ok: true });
    const [v1] = await versions();
    expect(v1).toMatchObject({ version: 1, state: "SUBMITTED", comment: null });
    const [paper] = thawDocs(v1.doc);
    expect(paper.title).toBe("BÁO CÁO THỐNG KÊ, BIẾN ĐỘNG ĐOÀN VIÊN");
    // Sent today: the paper is dated the day it left the unit.
    expect(paper.date?.toISOString().slice(0, 10)).toBe(SUITE_MOMENT.toISOString().slice(0, 10));
    const audit = await db.auditLog.findFirst({ where: { entityId: v1.id, action: "submission.send" } });
    expect(audit?.actorUserId).toBe(w.userIdOf("chair"));
  });

  it("sending again makes version 2 and supersedes the waiting version 1", async () => {
    expect(await send("viceChair")).toMatchObject({ ok: true });
    expect((await versions()).map((v) => [v.version, v.state])).toEqual([
      [1, "SUPERSEDED"],
      [2, "SUBMITTED"],
    ]);
  });

  it("returning needs a comment; nothing changes without one", async () => {
    const [, v2] = await versions();
    actAs(w.upperUser.id);
    await expectRefused(() => returnSubmissionAction({ submissionId: v2.id, comment: "   " }), "VALIDATION");
  });

  it("an old version cannot be returned or accepted: a clear message, nothing changes", async () => {
    const [v1] = await versions();
    actAs(w.upperUser.id);
    await expectRefused(
      () => returnSubmissionAction({ submissionId: v1.id, comment: "Thiếu số liệu." }),
      "CONFLICT",
      STALE,
    );
    await expectRefused(() => acceptSubmissionAction({ submissionId: v1.id }), "CONFLICT", STALE);
  });

  it("the cấp trên returns version 2 with a comment; the chủ tịch and phó chủ tịch are notified", async () => {
    const [, v2] = await versions();
    actAs(w.upperUser.id);
    const comment = "Số đoàn viên nữ cuối kỳ chưa khớp với danh sách, đề nghị rà soát.";
    expect(await returnSubmissionAction({ submissionId: v2.id, comment })).toMatchObject({ ok: true });
    const row = await db.submission.findUniqueOrThrow({ where: { id: v2.id } });
    expect(row).toMatchObject({ state: "RETURNED", comment, decidedById: w.upperUser.id });
    const notices = await db.notification.findMany({
      where: { kind: "SUBMISSION_RETURNED", eventKey: `submission-returned:${v2.id}` },
      select: { userId: true, body: true, link: true },
    });
    expect(notices.map((n) => n.userId).sort()).toEqual(
      [w.userIdOf("chair"), w.userIdOf("viceChair")].sort(),
    );
    expect(notices[0].body).toContain(comment);
    expect(notices[0].link).toBe("/submissions");
    const audit = await db.auditLog.findFirst({ where: { entityId: v2.id, action: "submission.return" } });
    expect(audit?.actorUserId).toBe(w.upperUser.id);
  });

  it("a returned version cannot then be accepted", async () => {
    const [, v2] = await versions();
    actAs(w.upperUser.id);
    await expectRefused(() => acceptSubmissionAction({ submissionId: v2.id }), "CONFLICT", STALE);
  });

  it("version 3 supersedes the returned one; the cấp trên accepts it and the chủ tịch is notified", async () => {
    expect(await send()).toMatchObject({ ok: true });
    const [, , v3] = await versions();
    actAs(w.upperUser.id);
    expect(await acceptSubmissionAction({ submissionId: v3.id })).toMatchObject({ ok: true });
    expect((await versions()).map((v) => [v.version, v.state])).toEqual([
      [1, "SUPERSEDED"],
      [2, "SUPERSEDED"],
      [3, "ACCEPTED"],
    ]);
    const notice = await db.notification.findFirst({
      where: { eventKey: `submission-accepted:${v3.id}`, userId: w.userIdOf("chair")! },
    });
    expect(notice?.kind).toBe("SUBMISSION_ACCEPTED");
    // Accepting twice (a second tab) changes nothing.
    await expectRefused(() => acceptSubmissionAction({ submissionId: v3.id }), "CONFLICT", STALE);
  });

  it("after acceptance a change is a new version; the accepted one stays accepted, as it was", async () => {
    const accepted = (await versions())[2];
    expect(await send()).toMatchObject({ ok: true });
    const all = await versions();
    expect(all.map((v) => [v.version, v.state])).toEqual([
      [1, "SUPERSEDED"],
      [2, "SUPERSEDED"],
      [3, "ACCEPTED"],
      [4, "SUBMITTED"],
    ]);
    expect(all[2]).toEqual(accepted);
    actAs(w.upperUser.id);
    await expectRefused(
      () => returnSubmissionAction({ submissionId: accepted.id, comment: "Sửa lại." }),
      "CONFLICT",
      STALE,
    );
  });
});

describe("who may send and decide", () => {
  it("refuses a unit with no cấp trên in the app, in words, writing nothing", async () => {
    actAs(w.userIdOf("chairOfOtherUnit"));
    const before = await snapshotAll([w.otherUnit.id]);
    const mark = await lastAuditId();
    expect(await submitPaperAction({ kind: "STATISTICS", year: YEAR })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: NO_UPPER,
    });
    expect(await snapshotAll([w.otherUnit.id])).toEqual(before);
    expect(await lastAuditId()).toBe(mark);
  });

  it("refuses to send for the ủy viên BCH, the UBKT and the cấp trên", async () => {
    for (const role of ["bchMember", "ubkt", "member", "upperChair"] as const) {
      actAs(w.userIdOf(role));
      await expectRefused(() => submitPaperAction({ kind: "STATISTICS", year: YEAR }), "FORBIDDEN");
    }
  });

  it("refuses to decide for the CĐCS's chủ tịch and the cấp trên's UBKT", async () => {
    const v4 = (await versions())[3];
    for (const user of [w.userIdOf("chair"), upperUbktUserId]) {
      actAs(user);
      await expectRefused(() => acceptSubmissionAction({ submissionId: v4.id }), "FORBIDDEN");
    }
  });

  it("another cấp trên finds nothing: not found, nothing changes, nothing in its inbox", async () => {
    const v4 = (await versions())[3];
    actAs(otherUpperUserId);
    await expectRefused(
      () => returnSubmissionAction({ submissionId: v4.id, comment: "Không thuộc đơn vị." }),
      "NOT_FOUND",
    );
    const other = (await loadActor(otherUpperUserId))!;
    expect(await findOrgSubmission(other, v4.id)).toBeNull();
    expect((await findInbox(other, { year: YEAR, kind: null, state: null, page: 1 })).total).toBe(0);
  });
});

describe("the cấp trên's inbox", () => {
  it("counts per kind and state, lists the standing versions, and names who has not sent", async () => {
    const fresh = await grassrootsUnder(w);
    const actor = (await loadActor(upperUbktUserId))!;
    const counts = await inboxCounts(actor, YEAR);
    expect(counts.map((c) => [c.kind, c.state, c.n]).sort()).toEqual([
      ["STATISTICS", "ACCEPTED", 1],
      ["STATISTICS", "SUBMITTED", 1],
      ["STATISTICS", "SUPERSEDED", 2],
    ]);
    const list = await findInbox(actor, { year: YEAR, kind: "STATISTICS", state: null, page: 1 });
    expect(list.rows.map((r) => [r.unitName, r.version, r.state])).toEqual([
      [w.unit.name, 4, "SUBMITTED"],
      [w.unit.name, 3, "ACCEPTED"],
    ]);
    const missing = await findMissing(actor, YEAR, "STATISTICS", 1);
    expect(missing.rows.map((r) => r.id)).toEqual([fresh.id]);
    const missingAwards = await findMissing(actor, YEAR, "AWARDS_FILE", 1);
    expect(missingAwards.rows.map((r) => r.id).sort()).toEqual([w.unit.id, fresh.id].sort());
    const detail = await findOrgSubmission(actor, list.rows[1].id);
    expect(detail?.versions.map((v) => v.version)).toEqual([4, 3, 2, 1]);
    expect(detail?.isCurrent).toBe(false);
  });
});
