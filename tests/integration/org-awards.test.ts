// The cấp trên's awards against real PostgreSQL (decision 0090): verdicts on the proposals of an
// accepted hồ sơ khen thưởng, the quyết định issued once in one transaction, the flow-back of exactly
// the decided lines into the CĐCS's own TitleAward rows, the correction that revokes (never deletes),
// another cấp trên's 404, and refusals that leave the database unchanged. The printed decision too.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  decideAwardProposalAction,
  issueAwardDecisionAction,
  revokeAwardLinesAction,
} from "@/lib/org/awards/actions";
import { getDecisionPaper } from "@/lib/org/awards/paper";
import { acceptedAwardsFile } from "./helpers/org-appraisal-fixtures";
import { actAs } from "./helpers/session";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";
import { makeUnit, makeUser } from "../factories/records";

let w: World;
let f: Awaited<ReturnType<typeof acceptedAwardsFile>>;
const Y = 2026;

const unchanged = async (action: () => Promise<unknown>) => {
  const before = await snapshotAll(w.unitIds);
  const audits = await db.auditLog.count();
  const decisions = await db.upperAwardDecision.count();
  const result = await action();
  expect(await snapshotAll(w.unitIds)).toEqual(before);
  expect(await db.auditLog.count()).toBe(audits);
  expect(await db.upperAwardDecision.count()).toBe(decisions);
  return result;
};

const issue = (over: Record<string, unknown> = {}) => ({
  year: Y,
  number: "25/QĐ-CĐGD",
  signedOn: "15/12/2026",
  signerName: "Trần Văn Hùng",
  signerTitle: "CHU_TICH",
  ...over,
});

beforeAll(async () => {
  w = await buildWorld();
  f = await acceptedAwardsFile(w, { year: Y });
});

describe("the cấp trên's awards", () => {
  it("decides each proposal: Khen, or Không khen with a reason next to the field", async () => {
    const [p0, p1] = f.payload.proposals;
    actAs(w.upperUser.id);
    const decide = (p: typeof p0, verdict: string, reason = "", version = 0) =>
      decideAwardProposalAction({
        submissionId: f.submission.id,
        proposalRef: p.proposalRef,
        verdict,
        reason,
        version,
      });
    expect(await unchanged(() => decide(p1, "NO_AWARD"))).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Nhập lý do không khen." },
    });
    expect(
      await unchanged(() =>
        decideAwardProposalAction({
          submissionId: f.submission.id,
          proposalRef: "not-in-the-file",
          verdict: "AWARD",
          reason: "",
          version: 0,
        }),
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await decide(p0, "AWARD")).toMatchObject({ ok: true, data: { version: 1, verdict: "AWARD" } });
    expect(await decide(p1, "NO_AWARD", "Chưa đủ 2 năm liên tục hoàn thành xuất sắc")).toMatchObject({
      ok: true,
    });
    // Nothing reaches the CĐCS before the quyết định.
    const awards = await db.titleAward.findMany({ where: { id: { in: [p0.proposalRef, p1.proposalRef] } } });
    expect(awards.map((a) => a.upperVerdict)).toEqual([null, null]);
  });

  it("refuses a file not (yet) accepted, and a cấp trên of another subtree finds nothing", async () => {
    const pending = await acceptedAwardsFile(w, { year: Y, state: "SUBMITTED" });
    actAs(w.upperUser.id);
    const input = (s: typeof f) => ({
      submissionId: s.submission.id,
      proposalRef: s.payload.proposals[0].proposalRef,
      verdict: "AWARD",
      reason: "",
      version: 0,
    });
    expect(await unchanged(() => decideAwardProposalAction(input(pending)))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const other = await makeUnit(db, { name: "Công đoàn Viên chức thành phố" });
    await db.unit.update({ where: { id: other.id }, data: { kind: "UPPER" } });
    const user = await makeUser(db, {
      unitId: other.id,
      email: `captren3-${other.id}@test.vn`,
      password: "Test@2026",
    });
    await db.user.update({ where: { id: user.id }, data: { upperOffice: "CHAIR" } });
    actAs(user.id);
    expect(await unchanged(() => decideAwardProposalAction(input(f)))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // Its own "ban hành" finds nothing of ours to issue.
    expect(await unchanged(() => issueAwardDecisionAction(issue({ number: "1/QĐ-CĐVC" })))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("issues the quyết định once: exactly the decided lines flow back into the CĐCS's own rows", async () => {
    const [p0, p1] = f.payload.proposals;
    actAs(w.upperUser.id);
    expect(await unchanged(() => issueAwardDecisionAction(issue({ signedOn: "31/02/2026" })))).toMatchObject({
      ok: false,
      fieldErrors: { signedOn: expect.any(String) },
    });
    const res = await issueAwardDecisionAction(issue());
    expect(res).toMatchObject({ ok: true, data: { awarded: 1, notAwarded: 1 } });
    const rows = await db.titleAward.findMany({ where: { ratingYear: { unitId: w.unit.id } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(p0.proposalRef)).toMatchObject({
      upperVerdict: "AWARD",
      upperDecisionNo: "25/QĐ-CĐGD",
      upperDecisionOn: new Date("2026-12-15T00:00:00.000Z"),
      upperConferrer: w.upper.name,
      upperRevokedNo: null,
    });
    expect(byId.get(p1.proposalRef)).toMatchObject({
      upperVerdict: "NO_AWARD",
      upperReason: "Chưa đủ 2 năm liên tục hoàn thành xuất sắc",
      upperDecisionNo: "25/QĐ-CĐGD",
    });
    // The other proposals (of the file not accepted) are untouched.
    expect(
      rows
        .filter((r) => r.upperVerdict !== null)
        .map((r) => r.id)
        .sort(),
    ).toEqual([p0.proposalRef, p1.proposalRef].sort());
    expect(await db.auditLog.count({ where: { action: "org.awards.issue" } })).toBeGreaterThan(0);

    // Issued once: again finds nothing pending; a decided line is locked.
    expect(await unchanged(() => issueAwardDecisionAction(issue({ number: "26/QĐ-CĐGD" })))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: expect.stringContaining("chưa ban hành"),
    });
    expect(
      await unchanged(() =>
        decideAwardProposalAction({
          submissionId: f.submission.id,
          proposalRef: p0.proposalRef,
          verdict: "NO_AWARD",
          reason: "Đổi ý",
          version: 1,
        }),
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("thu hồi") });
  });

  it("prints the QUYẾT ĐỊNH with Điều 1–3 and its DANH SÁCH; another cấp trên gets not found", async () => {
    const d = await db.upperAwardDecision.findFirstOrThrow({
      where: { upperUnitId: w.upper.id, number: "25/QĐ-CĐGD" },
    });
    const actor = (await loadActor(w.upperUser.id))!;
    const { paper } = await getDecisionPaper(actor, d.id);
    const text = JSON.stringify(paper.blocks);
    expect(paper).toMatchObject({
      title: "QUYẾT ĐỊNH",
      number: "25/QĐ-CĐGD",
      subtitle: "Về việc tặng Giấy khen năm 2026",
    });
    for (const s of [
      "Điều 1. Tặng Giấy khen cho 1 cá nhân đã có thành tích",
      "Điều 2.",
      "Điều 3.",
      "DANH SÁCH",
    ])
      expect(text).toContain(s);
    expect(text).toContain(f.payload.proposals[0].displayName);
    // Không khen is not in the list.
    expect(text).not.toContain(f.payload.proposals[1].displayName);
    await expect(getDecisionPaper({ unitId: w.otherUnit.id }, d.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a correction is a new quyết định that revokes a line: nothing is deleted", async () => {
    const [p0] = f.payload.proposals;
    const line = await db.upperAwardLine.findFirstOrThrow({ where: { proposalRef: p0.proposalRef } });
    actAs(w.upperUser.id);
    const revoke = (over: Record<string, unknown> = {}) =>
      revokeAwardLinesAction({
        ...issue({ number: "30/QĐ-CĐGD", signedOn: "20/12/2026" }),
        lineIds: [line.id],
        reason: "Vi phạm kỷ luật sau khi khen",
        ...over,
      });
    expect(await unchanged(() => revoke({ number: "25/QĐ-CĐGD" }))).toMatchObject({
      ok: false,
      fieldErrors: { number: expect.stringContaining("đã được dùng") },
    });
    expect(await revoke()).toMatchObject({ ok: true, data: { revoked: 1 } });
    expect(await db.titleAward.findUniqueOrThrow({ where: { id: p0.proposalRef } })).toMatchObject({
      upperVerdict: "AWARD",
      upperDecisionNo: "25/QĐ-CĐGD",
      upperRevokedNo: "30/QĐ-CĐGD",
    });
    expect(await db.upperAwardLine.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({
      decisionId: expect.any(String),
      revokedByDecisionId: expect.any(String),
    });
    expect(await unchanged(() => revoke({ number: "31/QĐ-CĐGD" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});
