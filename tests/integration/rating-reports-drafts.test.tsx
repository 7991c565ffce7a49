// A self-assessment still in draft is not the member's self-rating: the tổ's biên bản, the TỔNG HỢP
// and the phiếu print it as "chưa nộp", never the level the draft happens to hold. Submitted ones
// print their level; a member with no assessment at all prints "—" as before.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Actor, getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { minutesDoc } from "@/lib/rating/reports/docs/minutes-doc";
import { sheetDoc } from "@/lib/rating/reports/docs/sheet-doc";
import { summaryDoc } from "@/lib/rating/reports/docs/summary-doc";
import { renderReportsPdf } from "@/lib/rating/reports/pdf/writer";
import { getGroupMinutes } from "@/lib/rating/reports/queries/group-minutes";
import { getMemberSheet } from "@/lib/rating/reports/queries/member-sheet";
import { getRatingSummary } from "@/lib/rating/reports/queries/summary";
import { makeMember } from "../factories/records";
import { pdfText } from "../support/documents";
import { L, rateWorld, type RatedWorld } from "./helpers/rating-reports-fixtures";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let r: RatedWorld;
let drafter: { id: string; fullName: string };
let chair: Actor;

beforeAll(async () => {
  w = await buildWorld();
  r = await rateWorld(w);
  drafter = await makeMember(db, {
    unitId: w.unit.id,
    groupId: w.groupA.id,
    fullName: `Bùi Văn Nháp ${r.tag}`,
  });
  // His draft holds "Hoàn thành xuất sắc": a level he has not put his name to yet.
  await db.emulationSelfAssessment.create({
    data: { yearId: r.ey.id, memberId: drafter.id, state: "DRAFT", totalPoints: 95, proposedLevel: L.XS },
  });
  await db.memberRating.create({
    data: { ratingYearId: r.ry.id, memberId: drafter.id, groupId: w.groupA.id, proposedLevel: L.T },
  });
  actAs(w.people.chair.user.id);
  chair = (await getActor())!;
}, 60_000);

describe("a draft self-assessment in the year's papers", () => {
  it("TỔNG HỢP: the draft reads 'chưa nộp', a submitted one its level", async () => {
    const s = (await getRatingSummary(chair, 2026))!;
    expect(s.list.find((x) => x.fullName === drafter.fullName)?.selfLevel).toBe("chưa nộp");
    expect(s.list.find((x) => x.fullName === r.extra[0].fullName)?.selfLevel).toBe(L.T);
    const text = pdfText(await renderReportsPdf([summaryDoc(s)]));
    expect(text).toContain("chưa nộp");
  });

  it("the tổ's biên bản: the same", async () => {
    const d = (await getGroupMinutes(chair, 2026, w.groupA.id))!;
    const row = d.members.find((x) => x.fullName === drafter.fullName)!;
    expect(row.selfLevel).toBe("chưa nộp");
    expect(d.members.find((x) => x.fullName === r.extra[0].fullName)?.selfLevel).toBe(L.T);
    expect(pdfText(await renderReportsPdf([minutesDoc(d)]))).toContain("chưa nộp");
  });

  it("his phiếu: no draft scores, 'Tự xếp loại: chưa nộp', never the draft's level", async () => {
    const sheet = (await getMemberSheet(chair, 2026, drafter.id))!;
    expect(sheet.assessment).toBeNull();
    const pdf = await renderReportsPdf([sheetDoc(sheet)]);
    // RATING_REPORTS_OUT=/some/dir keeps the file for looking at, as in rating-reports.test.tsx.
    if (process.env.RATING_REPORTS_OUT)
      writeFileSync(join(process.env.RATING_REPORTS_OUT, "phieu-nhap.pdf"), pdf);
    const text = pdfText(pdf);
    expect(text).toContain("Đoàn viên chưa nộp phiếu tự đánh giá.");
    expect(text).toContain("1. Tự xếp loại: chưa nộp.");
    expect(text).not.toContain(`Tự xếp loại: ${L.XS}`);
  });
});
