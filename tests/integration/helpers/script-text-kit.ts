// The helpers of script-text-printouts.test.tsx: records whose name and free text carry <script>,
// a route handler called as a signed-in user, and the files read back as a person sees them.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { db } from "@/lib/db";
import { ensureCatalogue, ensureYear } from "./emulation-fixtures";
import { makeMeeting } from "./meetings-fixtures";
import { callRoute } from "./route-matrix-kit";
import { actAs } from "./session";
import type { World } from "./world";
import { makeMember } from "../../factories/records";
import { makeWelfareCategory } from "../../factories/welfare";
import { SUITE_MOMENT } from "../../support/today";

export const SCRIPT2 = "<script>alert(2)</script>";
const tag = randomUUID().slice(0, 6);
/** The member's full name, unique to this run. */
export const NAME = `<script>alert(1)</script> Lê ${tag}`;
/** Free text of each feature: every one starts with <script>alert(2)</script>. */
export const TEXT = {
  meetingTitle: `Họp tổ ${SCRIPT2} ${tag}`,
  discussion: `${SCRIPT2} thảo luận`,
  conclusion: `${SCRIPT2} kết luận`,
  decision: `${SCRIPT2} phân công`,
  absence: `${SCRIPT2} ốm`,
  visitNote: `${SCRIPT2} ghi chú`,
  gift: `${SCRIPT2} quà`,
  goal: `${SCRIPT2} mục tiêu`,
  commitment: `${SCRIPT2} cam kết`,
  comment: `${SCRIPT2} tự nhận xét`,
  explanation: `${SCRIPT2} giải trình`,
};

/** The <script> member in tổ A, chủ trì of a signed tổ meeting, visited in 2026, registered and self-assessed in 2026. */
export async function scriptRecords(w: World) {
  const member = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, fullName: NAME });
  const absent = w.people.member.member.id;
  const meeting = await makeMeeting(w, {
    status: "MINUTES_SIGNED",
    chairMemberId: member.id,
    invite: [member.id, absent],
    present: [member.id],
  });
  await db.meeting.update({ where: { id: meeting.id }, data: { title: TEXT.meetingTitle } });
  await db.meetingInvitee.updateMany({
    where: { meetingId: meeting.id, memberId: absent },
    data: { attendance: "EXCUSED", absenceReason: TEXT.absence },
  });
  await db.agendaItem.updateMany({
    where: { meetingId: meeting.id },
    data: {
      discussion: TEXT.discussion,
      conclusion: TEXT.conclusion,
      votesFor: 1,
      votesAgainst: 0,
      votesOther: 0,
    },
  });
  await db.meetingDecision.create({
    data: { meetingId: meeting.id, content: TEXT.decision, assigneeMemberId: member.id },
  });

  const category = await makeWelfareCategory(db, w.unit.id);
  await db.welfareVisit.create({
    data: {
      unitId: w.unit.id,
      memberId: member.id,
      categoryId: category.id,
      eventOn: new Date("2026-04-04T00:00:00Z"),
      amount: 500_000,
      state: "DONE",
      note: TEXT.visitNote,
      giftInKind: TEXT.gift,
    },
  });

  const year = await ensureYear(w.unit.id);
  const movement = (await ensureCatalogue(w.unit.id)).movements[0];
  await db.emulationYearMovement.create({
    data: { yearId: year.id, movementId: movement.id, goal: TEXT.goal },
  });
  await db.emulationRegistration.create({
    data: {
      yearId: year.id,
      subjectKey: `m:${member.id}`,
      memberId: member.id,
      state: "APPROVED",
      titleIds: [],
      movementIds: [movement.id],
      firstSubmittedAt: SUITE_MOMENT,
      submittedAt: SUITE_MOMENT,
      commitments: { create: [{ position: 1, kind: "STUDY", content: TEXT.commitment }] },
    },
  });
  await db.emulationSelfAssessment.create({
    data: {
      yearId: year.id,
      memberId: member.id,
      state: "SUBMITTED",
      comment: TEXT.comment,
      totalPoints: 9,
      submittedAt: SUITE_MOMENT,
      scores: {
        create: [{ criterionId: year.criteria[0].id, selfPoints: 9, explanation: TEXT.explanation }],
      },
    },
  });
  return { member, meeting };
}

/** GET of a route handler as Next would call it, signed in as `userId`. */
export function get(
  path: string,
  handler: unknown,
  userId: string,
  req: { params?: Record<string, string>; query?: string } = {},
) {
  actAs(userId);
  return callRoute({ path, method: "GET", handler }, req);
}

const OUT = process.env.SCRIPT_TEXT_OUT ?? mkdtempSync(join(tmpdir(), "scd-script-"));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A PDF's text in reading order, in content-stream order (-raw: a wrapped table cell's lines stay
 * together), and its document title (what a browser's PDF viewer shows in the tab).
 */
export async function readPdfBoth(res: Response, name: string) {
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
  const run = (...args: string[]) =>
    squash(execFileSync("pdftotext", [...args, "-enc", "UTF-8", file, "-"]).toString("utf8"));
  const info = execFileSync("pdfinfo", ["-enc", "UTF-8", file]).toString("utf8");
  return { text: run(), raw: run("-raw"), title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? "" };
}

/** word/document.xml as stored in the DOCX. */
export async function docxXml(bytes: Uint8Array) {
  return (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
}

/** Every cell's text, one entry per cell, as Excel shows it. */
export async function xlsxCells(res: Response): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.text ?? "")))));
  return cells;
}

/** Whitespace removed: a name wrapped inside a narrow table cell still reads as one string. */
export const flat = (s: string) => s.replace(/\s+/g, "");
