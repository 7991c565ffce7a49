// The biên bản as PDF and DOCX, one paper of lib/document built from the same data function as the
// print page: both files carry the same words, dated the day of the meeting, Tinos embedded.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { buildReportDocx } from "@/lib/document/docx/document-docx";
import { renderReportsPdf } from "@/lib/document/pdf/writer";
import { formatDate } from "@/lib/format";
import { getMinutesDocument, type MinutesDocument } from "@/lib/meetings/minutes/minutes-document";
import { minutesPaper } from "@/lib/meetings/minutes/minutes-paper";
import { makeMember } from "../factories/records";
import { compareTexts, docxText, pdfText, wordBag } from "../support/documents";
import { makeMeeting } from "./helpers/meetings-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld } from "./helpers/world";

const dir = mkdtempSync(join(tmpdir(), "scd-minutes-"));
let doc: MinutesDocument;

beforeAll(async () => {
  const w = await buildWorld();
  const absent = await makeMember(db, {
    unitId: w.unit.id,
    groupId: w.groupA.id,
    fullName: "Đặng Thị Vắng Mặt",
  });
  const present = [w.people.member.member.id, w.people.leaderSameGroup.member.id];
  const m = await makeMeeting(w, { status: "MINUTES_SIGNED", invite: [...present, absent.id], present });
  await db.meetingInvitee.updateMany({
    where: { meetingId: m.id, memberId: absent.id },
    data: { attendance: "EXCUSED", absenceReason: "Ốm nằm viện" },
  });
  await db.agendaItem.updateMany({
    where: { meetingId: m.id },
    data: {
      title: "Đánh giá, xếp loại đoàn viên năm 2026",
      discussion: "Các đoàn viên thống nhất.",
      votesFor: 2,
      votesAgainst: 0,
      votesOther: 0,
      conclusion: "Tổ đề nghị xếp loại Hoàn thành xuất sắc nhiệm vụ cho đồng chí Hùng.",
    },
  });
  actAs(w.people.chair.user.id);
  doc = (await getMinutesDocument((await getActor())!, m.id))!;
});

const squash = (s: string) => s.replace(/\s+/g, " ");

describe("biên bản printouts", () => {
  it("PDF: title, 'có mặt 2/3', the absentee with reason, the conclusion, both signatures", async () => {
    const pdf = await renderReportsPdf([minutesPaper(doc)]);
    const file = join(dir, "bb.pdf");
    writeFileSync(file, pdf);
    const text = squash(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
    expect(text).toContain("BIÊN BẢN HỌP TỔ CÔNG ĐOÀN");
    expect(text).toContain("có mặt 2/3");
    expect(text).toContain("Đặng Thị Vắng Mặt (có lý do: Ốm nằm viện)");
    expect(text).toContain("Tổ đề nghị xếp loại Hoàn thành xuất sắc nhiệm vụ");
    expect(text).toContain("Tán thành: 2");
    expect(text).toMatch(/THƯ KÝ\s+CHỦ TRÌ/);
    expect(text).toContain(`Số: ${doc.number}`);
    expect(execFileSync("pdffonts", [file], { encoding: "utf8" })).toMatch(/Tinos-Regular\s.*yes/);
    // Dated the day of the meeting, not the day it is printed.
    const [dd, mm, yyyy] = formatDate(doc.startsAt).split("/");
    expect(text).toContain(`ngày ${dd} tháng ${mm} năm ${yyyy}`);
  });

  it("DOCX: the same title, attendance line and conclusion in word/document.xml", async () => {
    const file = join(dir, "bb.docx");
    writeFileSync(file, await buildReportDocx(minutesPaper(doc)));
    const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" });
    const text = squash(xml.replace(/<[^>]+>/g, " "));
    expect(text).toContain("BIÊN BẢN HỌP TỔ CÔNG ĐOÀN");
    expect(text).toContain("có mặt 2/3");
    expect(text).toContain("Tổ đề nghị xếp loại Hoàn thành xuất sắc nhiệm vụ");
    expect(text).toContain("THƯ KÝ");
    expect(text).toContain("CHỦ TRÌ");
  });

  it("the PDF and the DOCX of the biên bản carry the same words", async () => {
    const paper = minutesPaper(doc);
    const pdf = await renderReportsPdf([paper]);
    const docx = await buildReportDocx(paper);
    expect(pdfText(pdf)).toContain("Ốm nằm viện");
    expect(await docxText(docx)).toContain("Ốm nằm viện");
    expect(wordBag(pdfText(pdf))).toEqual(wordBag(await docxText(docx)));
    const t = await compareTexts(pdf, docx);
    expect(t.missing).toEqual([]);
    expect(t.extra).toEqual([]);
  });
});
