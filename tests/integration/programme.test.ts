// The chương trình công tác năm (decision 0082) against the real database: the states and their
// reasons, the done rule (a held meeting, a made visit, a launched movement), refusals with the
// database left exactly as it was, copying last year's items, the tổng kết's summary blocks and
// the paper. Years far from the suite's own keep this file's programmes apart from the matrix's.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as paperGet } from "@/app/api/programme/paper/route";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import {
  changeProgrammeItemStateAction,
  copyProgrammeFromLastYearAction,
  createProgrammeItemAction,
  updateProgrammeItemAction,
} from "@/lib/programme/actions";
import { loadProgramme } from "@/lib/programme/load";
import { programmeSummaryBlocks } from "@/lib/programme/summary";
import { TEST_TODAY, THIS_YEAR } from "../support/today";
import { callRoute, readPdf } from "./helpers/route-matrix-kit";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";
import { makeMember } from "../factories/records";
import { makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const ok = <T>(r: ActionResult<T>): T => {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { ok: true; data: T }).data;
};
const chair = () => actAs(w.userIdOf("chair"));

async function refused(run: () => Promise<ActionResult<unknown>>) {
  const [before, mark] = [await snapshotAll(w.unitIds), await lastAuditId()];
  const r = await run();
  expect(await snapshotAll(w.unitIds)).toEqual(before);
  expect(await lastAuditId()).toBe(mark);
  return r;
}

let meetingNo = 0;
const meeting = (unitId: string, status: "PLANNED" | "HELD" | "MINUTES_SIGNED") =>
  db.meeting.create({
    data: {
      unitId,
      type: "BCH_REGULAR",
      year: 2090,
      number: ++meetingNo,
      title: `Họp BCH thường kỳ số ${meetingNo}`,
      startsAt: new Date("2090-03-05T01:30:00Z"),
      place: "Phòng họp",
      status,
    },
  });

const create = (year: number, extra: Record<string, unknown> = {}) =>
  createProgrammeItemAction({
    year,
    period: "M3",
    title: "Kỷ niệm Ngày Quốc tế Phụ nữ 8/3",
    content: "",
    ownerMemberId: "",
    link: "",
    ...extra,
  });
const stateOf = async (year: number, id: string) =>
  (await loadProgramme(w.unit.id, year)).items.find((i) => i.id === id)!;

describe("the done rule", () => {
  const Y = 2090;
  it("an item linked to a held meeting is done; to a planned one, planned until it is held", async () => {
    chair();
    const held = await meeting(w.unit.id, "HELD");
    const planned = await meeting(w.unit.id, "PLANNED");
    const a = ok(await create(Y, { link: `meeting:${held.id}` }));
    const b = ok(await create(Y, { link: `meeting:${planned.id}` }));
    expect(await stateOf(Y, a.id)).toMatchObject({ state: "DONE", storedState: "PLANNED", doneByLink: true });
    expect(await stateOf(Y, b.id)).toMatchObject({ state: "PLANNED", doneByLink: false });
    expect((await db.programmeItem.findUniqueOrThrow({ where: { id: a.id } })).linkLabel).toBe(
      `05/03/2090 · ${held.title}`,
    );
    await db.meeting.update({ where: { id: planned.id }, data: { status: "MINUTES_SIGNED" } });
    expect((await stateOf(Y, b.id)).state).toBe("DONE");
  });

  it("a welfare visit counts once made; a dropped item stays dropped whatever its link", async () => {
    chair();
    const cat = await makeWelfareCategory(db, w.unit.id, { name: "Ốm đau" });
    const member = w.memberIdOf("member")!;
    const visit = await makeWelfareVisit(db, {
      unitId: w.unit.id,
      memberId: member,
      categoryId: cat.id,
      state: "APPROVED",
    });
    const item = ok(
      await create(Y, { title: "Thăm hỏi đoàn viên ốm đau", link: `welfareVisit:${visit.id}` }),
    );
    expect((await stateOf(Y, item.id)).state).toBe("PLANNED");
    await db.welfareVisit.update({ where: { id: visit.id }, data: { state: "DONE" } });
    expect((await stateOf(Y, item.id)).state).toBe("DONE");
    ok(
      await changeProgrammeItemStateAction({
        id: item.id,
        state: "DROPPED",
        reason: "Đoàn viên từ chối nhận",
        period: "",
      }),
    );
    expect((await stateOf(Y, item.id)).state).toBe("DROPPED");
  });

  it("a movement counts once launched on or before today, in the item's year", async () => {
    chair();
    const mv = await db.emulationMovement.create({
      data: { unitId: w.unit.id, name: `Xanh – Sạch – Đẹp ${Y}` },
    });
    const item = ok(
      await create(Y, { title: "Phát động phong trào Xanh – Sạch – Đẹp", link: `movement:${mv.id}` }),
    );
    expect((await stateOf(Y, item.id)).state).toBe("PLANNED");
    const year = await db.emulationYear.create({
      data: {
        unitId: w.unit.id,
        year: Y,
        registrationDeadline: new Date(`${Y}-01-25`),
        assessmentOpensOn: new Date(`${Y}-11-01`),
        assessmentClosesOn: new Date(`${Y}-11-30`),
      },
    });
    // Launched in 2090: after the suite's today, so not carried out yet.
    const launch = await db.emulationYearMovement.create({
      data: { yearId: year.id, movementId: mv.id, launchedOn: new Date(`${Y}-01-15`) },
    });
    expect((await stateOf(Y, item.id)).state).toBe("PLANNED");
    await db.emulationYearMovement.update({
      where: { id: launch.id },
      data: { launchedOn: new Date(`${TEST_TODAY}T00:00:00Z`) },
    });
    expect((await stateOf(Y, item.id)).state).toBe("DONE");
  });
});

describe("states, reasons and refusals", () => {
  const Y = 2091;
  it("moves with a reason, keeping the first period, and every change is audited", async () => {
    chair();
    const item = ok(await create(Y));
    ok(
      await changeProgrammeItemStateAction({
        id: item.id,
        state: "MOVED",
        reason: "Trùng lịch thi học kỳ",
        period: "M5",
      }),
    );
    const stored = await db.programmeItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({
      state: "MOVED",
      month: 5,
      quarter: null,
      movedFrom: "M3",
      stateReason: "Trùng lịch thi học kỳ",
    });
    ok(
      await changeProgrammeItemStateAction({
        id: item.id,
        state: "MOVED",
        reason: "Lại trùng lịch kiểm tra",
        period: "Q3",
      }),
    );
    expect(await db.programmeItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      month: null,
      quarter: 3,
      movedFrom: "M3",
    });
    const audit = await db.auditLog.findMany({
      where: { entityId: item.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "programme.item.create",
      "programme.item.moved",
      "programme.item.moved",
    ]);
  });

  it("refuses a move or a drop without a reason, a move to the same period, a dropped item's edit: nothing changes", async () => {
    chair();
    const item = ok(await create(Y, { title: "Giao lưu thể thao với trường bạn" }));
    const noReason = await refused(() =>
      changeProgrammeItemStateAction({ id: item.id, state: "DROPPED", reason: " ", period: "" }),
    );
    expect(noReason).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { reason: "Vui lòng ghi lý do (ít nhất 5 ký tự)." },
    });
    const noPeriod = await refused(() =>
      changeProgrammeItemStateAction({ id: item.id, state: "MOVED", reason: "Trùng lịch", period: "" }),
    );
    expect(noPeriod).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { period: "Vui lòng chọn tháng hoặc quý chuyển đến." },
    });
    const same = await refused(() =>
      changeProgrammeItemStateAction({ id: item.id, state: "MOVED", reason: "Trùng lịch", period: "M3" }),
    );
    expect(same).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { period: "Hãy chọn một tháng hoặc quý khác với kỳ hiện tại." },
    });
    ok(
      await changeProgrammeItemStateAction({
        id: item.id,
        state: "DROPPED",
        reason: "Trùng lịch thi",
        period: "",
      }),
    );
    const doneAfterDrop = await refused(() =>
      changeProgrammeItemStateAction({ id: item.id, state: "DONE", reason: "", period: "" }),
    );
    expect(doneAfterDrop).toMatchObject({
      code: "CONFLICT",
      error: "Nội dung đã hoàn thành hoặc đã bỏ: hãy đưa về kế hoạch trước.",
    });
    const edit = await refused(() =>
      updateProgrammeItemAction({
        id: item.id,
        title: "Giao lưu bóng đá",
        content: "",
        ownerMemberId: "",
        link: "",
      }),
    );
    expect(edit).toMatchObject({ code: "CONFLICT" });
    ok(await changeProgrammeItemStateAction({ id: item.id, state: "PLANNED", reason: "", period: "" }));
    expect(await db.programmeItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      state: "PLANNED",
      stateReason: null,
    });
  });

  it("refuses another unit's record as link or person in charge, and a đoàn viên's write: nothing changes", async () => {
    chair();
    const theirs = await meeting(w.otherUnit.id, "HELD");
    const link = await refused(() => create(Y, { link: `meeting:${theirs.id}` }));
    expect(link).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { link: "Không tìm thấy hồ sơ thực hiện này trong đơn vị." },
    });
    const owner = await refused(() => create(Y, { ownerMemberId: w.memberIdOf("chairOfOtherUnit") }));
    expect(owner).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { ownerMemberId: expect.stringContaining("Người phụ trách") },
    });
    const badPeriod = await refused(() => create(Y, { period: "M13" }));
    expect(badPeriod).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { period: "Vui lòng chọn tháng hoặc quý." },
    });
    actAs(w.userIdOf("member"));
    expect(await refused(() => create(Y))).toMatchObject({ code: "FORBIDDEN" });
    actAs(w.userIdOf("ubkt"));
    expect(await refused(() => create(Y))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("Sao chép từ năm trước", () => {
  const Y = 2093;
  it("copies last year's standing items as planned, without links, keeping active owners; twice is refused", async () => {
    chair();
    const left = await makeMember(db, { unitId: w.unit.id, groupId: w.groupA.id, fullName: "Lê Văn Nghỉ" });
    const held = await meeting(w.unit.id, "HELD");
    const owner = w.memberIdOf("bchMember")!;
    const a = ok(
      await create(Y - 1, {
        title: "Họp BCH thường kỳ tháng 3",
        ownerMemberId: owner,
        link: `meeting:${held.id}`,
      }),
    );
    ok(await create(Y - 1, { period: "Q2", title: "Sinh hoạt tổ công đoàn quý II", ownerMemberId: left.id }));
    const dropped = ok(await create(Y - 1, { title: "Tham quan nghỉ mát hè" }));
    ok(
      await changeProgrammeItemStateAction({
        id: dropped.id,
        state: "DROPPED",
        reason: "Không đủ kinh phí",
        period: "",
      }),
    );
    await db.member.update({ where: { id: left.id }, data: { status: "LEFT" } });
    expect(ok(await copyProgrammeFromLastYearAction({ year: Y }))).toEqual({ count: 2 });
    const copied = await db.programmeItem.findMany({
      where: { unitId: w.unit.id, year: Y },
      orderBy: { title: "asc" },
      select: { title: true, month: true, quarter: true, state: true, linkKind: true, ownerMemberId: true },
    });
    expect(copied).toEqual([
      {
        title: "Họp BCH thường kỳ tháng 3",
        month: 3,
        quarter: null,
        state: "PLANNED",
        linkKind: null,
        ownerMemberId: owner,
      },
      {
        title: "Sinh hoạt tổ công đoàn quý II",
        month: null,
        quarter: 2,
        state: "PLANNED",
        linkKind: null,
        ownerMemberId: null,
      },
    ]);
    expect(a.id).not.toBe(undefined);
    const again = await refused(() => copyProgrammeFromLastYearAction({ year: Y }));
    expect(again).toMatchObject({
      code: "CONFLICT",
      error: "Các nội dung của năm trước đã có trong chương trình năm này.",
    });
    const none = await refused(() => copyProgrammeFromLastYearAction({ year: 2070 }));
    expect(none).toMatchObject({ code: "CONFLICT" });
  });
});

describe("the tổng kết's summary and the paper", () => {
  const Y = 2095;
  it("counts by state and lists the items not done", async () => {
    chair();
    const held = await meeting(w.unit.id, "HELD");
    ok(await create(Y, { title: "Họp BCH thường kỳ tháng 3", link: `meeting:${held.id}` }));
    const manual = ok(await create(Y, { title: "Kỷ niệm 8/3 cho nữ đoàn viên" }));
    ok(await changeProgrammeItemStateAction({ id: manual.id, state: "DONE", reason: "", period: "" }));
    const moved = ok(await create(Y, { title: "Tập huấn nghiệp vụ cho tổ trưởng" }));
    ok(
      await changeProgrammeItemStateAction({
        id: moved.id,
        state: "MOVED",
        reason: "Cấp trên dời lịch",
        period: "M6",
      }),
    );
    const dropped = ok(await create(Y, { title: "Giao lưu văn nghệ" }));
    ok(
      await changeProgrammeItemStateAction({
        id: dropped.id,
        state: "DROPPED",
        reason: "Trùng lịch thi",
        period: "",
      }),
    );
    ok(await create(Y, { period: "M11", title: "Hưởng ứng Ngày Nhà giáo 20/11" }));
    const blocks = await programmeSummaryBlocks(w.unit.id, Y);
    expect(blocks[0]).toEqual({ kind: "heading", text: "Kết quả thực hiện chương trình công tác" });
    expect(blocks[1]).toMatchObject({
      text: `Chương trình công tác năm ${Y} có 5 nội dung; đã thực hiện 2 (40 %), chuyển kỳ 1, không thực hiện 1, chưa thực hiện 1.`,
    });
    expect(blocks[2]).toMatchObject({
      rows: [
        ["Đã thực hiện", "2", "40 %"],
        ["Chuyển kỳ (chưa thực hiện)", "1", "20 %"],
        ["Không thực hiện", "1", "20 %"],
        ["Chưa thực hiện theo kế hoạch", "1", "20 %"],
      ],
      footer: [["Tổng số nội dung trong chương trình", "5", "100 %"]],
    });
    expect(blocks[4]).toMatchObject({
      rows: [
        // In the order of the year: the dropped March item, the item moved to June, November's.
        ["1", `Tháng 3/${Y}`, "Giao lưu văn nghệ", "", "Không thực hiện: Trùng lịch thi"],
        ["2", `Tháng 6/${Y}`, "Tập huấn nghiệp vụ cho tổ trưởng", "", "Đã chuyển kỳ: Cấp trên dời lịch"],
        ["3", `Tháng 11/${Y}`, "Hưởng ứng Ngày Nhà giáo 20/11", "", "Chưa thực hiện"],
      ],
    });
    expect(await programmeSummaryBlocks(w.unit.id, 2096)).toEqual([
      blocks[0],
      {
        kind: "paragraph",
        text: "Đơn vị chưa lập chương trình công tác năm 2096 trong ứng dụng.",
        italic: true,
      },
    ]);
  });

  it("prints the items by month with the person in charge", async () => {
    const Y2 = 2097;
    chair();
    ok(
      await create(Y2, {
        period: "M1",
        title: "Thăm hỏi tặng quà Tết Nguyên đán",
        ownerMemberId: w.memberIdOf("viceChair"),
      }),
    );
    ok(await create(Y2, { period: "Q1", title: "Sinh hoạt tổ công đoàn quý I" }));
    const owner = await db.member.findUniqueOrThrow({ where: { id: w.memberIdOf("viceChair")! } });
    actAs(w.userIdOf("member"));
    const res = await callRoute(
      { path: "/api/programme/paper", method: "GET", handler: paperGet },
      { query: `?year=${Y2}` },
    );
    expect(res.status).toBe(200);
    const text = (await readPdf(res)).replace(/\s+/g, " ");
    expect(text).toContain(`CHƯƠNG TRÌNH CÔNG TÁC CÔNG ĐOÀN NĂM ${Y2}`);
    expect(text.indexOf(`Quý I (tháng 1 – 3/${Y2})`)).toBeLessThan(text.indexOf(`Tháng 1/${Y2}`));
    expect(text).toContain(owner.fullName);
    expect(THIS_YEAR).toBeLessThan(Y2);
  });
});
