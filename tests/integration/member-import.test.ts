// The Excel import: header matching, row validation in Vietnamese, matching (số thẻ, else họ tên +
// ngày sinh, ambiguous cases), the all-or-nothing write, re-import, and export → import round trip.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { chooseImportMatchAction, commitMemberImportAction } from "@/lib/members/import/actions";
import { processImport } from "@/lib/members/import/process";
import { getMemberListReport } from "@/lib/members/member-list";
import { buildMemberListWorkbook } from "@/lib/members/member-list-xlsx";
import { memberListParamsSchema } from "@/lib/members/schema";
import { makeGroup, makeMember, makeUnit } from "../factories/records";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

async function xlsx(rows: (string | number | Date)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(w: World, file: Buffer, unitId = w.unit.id, userId = w.people.chair.user.id) {
  const job = await db.memberImport.create({ data: { unitId, createdById: userId, fileName: "ds.xlsx" } });
  await processImport(job.id, unitId, file);
  const done = await db.memberImport.findUniqueOrThrow({ where: { id: job.id } });
  const rows = await db.memberImportRow.findMany({ where: { importId: job.id }, orderBy: { rowNo: "asc" } });
  return { job: done, rows, byRow: (n: number) => rows.find((r) => r.rowNo === n)! };
}

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("reading and checking the file", () => {
  it("matches headers in any order, without diacritics or with synonyms, and reports each row's errors in Vietnamese", async () => {
    const g = w.groupA.name;
    const file = await xlsx([
      ["DANH SÁCH ĐOÀN VIÊN"],
      [],
      ["so the", "Tổ", "HO TEN", "Ngày sinh", "gioi tinh", "Ngày vào công đoàn", "SĐT"],
      ["IMP0001", g, "Trần Thị Mai", "05/03/1990", "Nữ", "01/09/2015", "912345678"],
      ["IMP0002", g, "Lê Văn Bình", "31/02/1990", "Nam", "01/09/2015", ""],
      ["IMP0001", g, "Phạm Thị Cúc", "01/01/1991", "Nữ", "01/09/2016", ""],
      ["IMP0003", "Tổ Không Có", "Đỗ Văn Dũng", "01/01/1980", "Nam", "01/09/2010", ""],
      ["IMP0004", g, "", "01/01/1980", "Nam", "01/09/2010", ""],
      ["IMP0005", g, "Vũ Thị Én", "01/01/1980", "Không rõ", "01/09/2010", ""],
      [
        "IMP0006",
        g.toUpperCase(),
        "Hồ Văn Giang",
        new Date(Date.UTC(1979, 4, 6)),
        "nam",
        new Date(Date.UTC(2005, 8, 1)),
        "",
      ],
    ]);
    const { job, byRow } = await upload(w, file);
    expect(job.status).toBe("PREVIEW");
    expect(job.counts).toEqual({ NEW: 2, UPDATE: 0, SAME: 0, AMBIGUOUS: 0, ERROR: 5 });
    expect(byRow(4).outcome).toBe("NEW");
    expect((byRow(4).data as { phone: string }).phone).toBe("0912345678");
    expect(byRow(5).errors).toEqual(["Ngày sinh “31/02/1990” không hợp lệ (dạng dd/mm/yyyy)."]);
    expect(byRow(6).errors).toEqual(["Số thẻ IMP0001 trùng với dòng 4."]);
    expect(byRow(7).errors).toEqual(["Không có tổ “Tổ Không Có” trong đơn vị."]);
    expect(byRow(8).errors).toContain("Thiếu họ và tên.");
    expect(byRow(9).errors).toEqual(["Giới tính “Không rõ” không hợp lệ (ghi Nam hoặc Nữ)."]);
    expect(byRow(10).outcome).toBe("NEW"); // tổ name in capitals, dates as Excel dates
  });

  it("refuses a file without a name column, with a message", async () => {
    const { job } = await upload(
      w,
      await xlsx([
        ["Số thẻ", "Tổ"],
        ["A123", "x"],
      ]),
    );
    expect(job.status).toBe("FAILED");
    expect(job.error).toMatch(/Họ và tên/);
  });
});

describe("matching stored members", () => {
  it("updates by số thẻ, else by họ tên + ngày sinh, and asks when the match is ambiguous", async () => {
    const g = await makeGroup(db, w.unit.id, `Tổ Khớp ${randomUUID().slice(0, 8)}`);
    const byCard = await makeMember(db, {
      unitId: w.unit.id,
      groupId: g.id,
      fullName: "Nguyễn Văn Thẻ",
      gender: "MALE",
      cardNumber: "MATCH001",
      dateOfBirth: "1980-01-01",
    });
    const noCard = await makeMember(db, {
      unitId: w.unit.id,
      groupId: g.id,
      fullName: "Lê Thị Không Thẻ",
      gender: "FEMALE",
      cardNumber: null,
      dateOfBirth: "1982-02-02",
    });
    await makeMember(db, {
      unitId: w.unit.id,
      groupId: g.id,
      fullName: "Trần Văn Hai",
      cardNumber: null,
      dateOfBirth: "1983-03-03",
    });
    await makeMember(db, {
      unitId: w.unit.id,
      groupId: g.id,
      fullName: "Trần Văn Hai",
      cardNumber: null,
      dateOfBirth: "1983-03-03",
    });
    const carded = await makeMember(db, {
      unitId: w.unit.id,
      groupId: g.id,
      fullName: "Đặng Thị Có Thẻ",
      gender: "FEMALE",
      cardNumber: "MATCH009",
      dateOfBirth: "1984-04-04",
    });
    const file = await xlsx([
      ["Họ và tên", "Số thẻ", "Ngày sinh", "Giới tính", "Ngày vào CĐ", "Tổ công đoàn", "Điện thoại"],
      ["Nguyễn Văn Thẻ", "match001", "01/01/1980", "Nam", "", "", "0911111111"],
      ["Lê Thị Không Thẻ", "", "02/02/1982", "Nữ", "", "", "0922222222"],
      ["Trần Văn Hai", "", "03/03/1983", "Nam", "", "", ""],
      ["Đặng Thị Có Thẻ", "", "04/04/1984", "Nữ", "", "", ""],
      ["Nguyễn Văn Thẻ", "MATCH001", "01/01/1980", "Nam", "", "", ""],
    ]);
    const { job, byRow } = await upload(w, file);
    expect(byRow(2)).toMatchObject({ outcome: "UPDATE", matchId: byCard.id });
    expect(byRow(3)).toMatchObject({ outcome: "UPDATE", matchId: noCard.id });
    expect(byRow(4).outcome).toBe("AMBIGUOUS");
    expect((byRow(4).candidates as unknown[]).length).toBe(2);
    expect(byRow(5).outcome).toBe("AMBIGUOUS"); // the stored member has a số thẻ the row does not give
    expect((byRow(5).candidates as { id: string }[])[0].id).toBe(carded.id);
    expect(byRow(6).errors).toEqual(["Số thẻ MATCH001 trùng với dòng 2."]);

    // The write waits for every ambiguous row to be confirmed.
    actAs(w.people.chair.user.id);
    const early = await commitMemberImportAction({ importId: job.id });
    expect(early).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(early.ok === false && early.error).toMatch(/Dòng 4: chưa chọn/);
    expect(
      await chooseImportMatchAction({ importId: job.id, rowNo: 4, choice: "some-other-member" }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await chooseImportMatchAction({ importId: job.id, rowNo: 4, choice: "skip" })).toMatchObject({
      ok: true,
    });
    expect(await chooseImportMatchAction({ importId: job.id, rowNo: 5, choice: carded.id })).toMatchObject({
      ok: true,
    });
    const r = await commitMemberImportAction({ importId: job.id });
    expect(r).toEqual({ ok: true, data: { created: 0, updated: 2, unchanged: 1, skipped: 1 } });
    expect((await db.member.findUniqueOrThrow({ where: { id: byCard.id } })).phone).toBe("0911111111");
    expect((await db.member.findUniqueOrThrow({ where: { id: noCard.id } })).phone).toBe("0922222222");
    // Twice is refused: the job is done.
    expect(await commitMemberImportAction({ importId: job.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("is refused to a tổ trưởng and to the BCH of another unit", async () => {
    const { job } = await upload(
      w,
      await xlsx([
        ["Họ và tên", "Giới tính", "Ngày vào CĐ", "Tổ"],
        ["Bùi Văn Lạ", "Nam", "01/01/2020", w.groupA.name],
      ]),
    );
    actAs(w.people.leaderSameGroup.user.id);
    expect(await commitMemberImportAction({ importId: job.id })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    actAs(w.people.chairOfOtherUnit.user.id);
    expect(await commitMemberImportAction({ importId: job.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await db.member.count({ where: { fullName: "Bùi Văn Lạ" } })).toBe(0);
  });
});

describe("the write", () => {
  it("is all or nothing: a clash found while writing leaves no member, event or audit row, and the job can be retried", async () => {
    const g = await makeGroup(db, w.unit.id, `Tổ Ghi ${randomUUID().slice(0, 8)}`);
    const rows = Array.from({ length: 300 }, (_, i) => [
      `Người Nhập ${i}`,
      i % 2 ? "Nam" : "Nữ",
      "01/09/2018",
      g.name,
      `ALL${String(i).padStart(5, "0")}`,
    ]);
    const { job } = await upload(
      w,
      await xlsx([["Họ và tên", "Giới tính", "Ngày vào CĐ", "Tổ công đoàn", "Số thẻ"], ...rows]),
    );
    expect(job.counts).toMatchObject({ NEW: 300, ERROR: 0 });
    // Someone saves a member with the card of row 300 between the preview and the write.
    const intruder = await makeMember(db, {
      unitId: w.unit.id,
      groupId: g.id,
      fullName: "Người Chen Ngang",
      cardNumber: "ALL00299",
    });
    const members = await db.member.count({ where: { unitId: w.unit.id } });
    const audits = await db.auditLog.count();
    actAs(w.people.chair.user.id);
    const r = await commitMemberImportAction({ importId: job.id });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(r.ok === false && r.error).toContain(
      "Số thẻ ALL00299 đã thuộc về đoàn viên khác: Người Chen Ngang",
    );
    expect(await db.member.count({ where: { unitId: w.unit.id } })).toBe(members);
    expect(await db.memberEvent.count({ where: { member: { groupId: g.id } } })).toBe(1);
    expect(await db.auditLog.count()).toBe(audits);
    expect((await db.memberImport.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("PREVIEW");

    await db.member.update({ where: { id: intruder.id }, data: { cardNumber: "OTHER-1" } });
    const ok = await commitMemberImportAction({ importId: job.id });
    expect(ok).toEqual({ ok: true, data: { created: 300, updated: 0, unchanged: 0, skipped: 0 } });
    expect(await db.member.count({ where: { groupId: g.id } })).toBe(301);
    expect(await db.groupMembership.count({ where: { groupId: g.id, endOn: null } })).toBe(301);
    expect(await db.memberEvent.count({ where: { type: "ADMITTED", member: { groupId: g.id } } })).toBe(301);
    expect(
      await db.auditLog.count({ where: { action: "member.create", actorUserId: w.people.chair.user.id } }),
    ).toBeGreaterThanOrEqual(300);
    expect(await db.auditLog.count({ where: { action: "member.import", entityId: job.id } })).toBe(1);
  });
});

describe("export → import", () => {
  it("gives the same members in an empty unit, and a re-import changes nothing and duplicates nothing", async () => {
    const src = await makeUnit(db);
    const names = ["Tổ Văn", "Tổ Toán"];
    const groups = await Promise.all(names.map((n) => makeGroup(db, src.id, n)));
    for (let i = 0; i < 12; i++) {
      await makeMember(db, {
        unitId: src.id,
        groupId: groups[i % 2].id,
        seed: 100 + i,
        cardNumber: i === 3 ? null : `RT${1000 + i}`,
        status: i === 5 ? "SUSPENDED" : "ACTIVE",
        dateOfBirth: `19${70 + i}-01-01`,
        joinedUnionOn: `20${10 + i}-09-0${1 + (i % 5)}`,
      });
    }
    const chair = await db.user.create({
      data: {
        unitId: src.id,
        email: `rt-${randomUUID().slice(0, 8)}@test.vn`,
        passwordHash: "x",
        isSystemAdmin: true,
      },
    });
    actAs(chair.id);
    const actor = (await getActor())!;
    actor.permissions.add("members.export");
    actor.permissions.add("members.read.all");
    const report = await getMemberListReport(actor, memberListParamsSchema.parse({}), "xlsx");
    const file = await buildMemberListWorkbook(report);

    const dst = await makeUnit(db);
    for (const n of names) await makeGroup(db, dst.id, n);
    const first = await upload(w, file, dst.id);
    expect(first.job.counts).toEqual({ NEW: 12, UPDATE: 0, SAME: 0, AMBIGUOUS: 0, ERROR: 0 });
    const dstUser = await db.user.create({
      data: { unitId: dst.id, email: `rt2-${randomUUID().slice(0, 8)}@test.vn`, passwordHash: "x" },
    });
    const { writeImport } = await import("@/lib/members/import/write");
    await writeImport({ userId: dstUser.id, unitId: dst.id }, first.job.id, "ds.xlsx", async () => {});

    const shape = async (unitId: string) =>
      (
        await db.member.findMany({
          where: { unitId },
          select: {
            fullName: true,
            gender: true,
            dateOfBirth: true,
            cardNumber: true,
            joinedUnionOn: true,
            status: true,
            group: { select: { name: true } },
          },
          orderBy: { fullName: "asc" },
        })
      )
        .map((m) => ({ ...m, dateOfBirth: m.dateOfBirth?.getUTCFullYear(), group: m.group.name }))
        .sort((a, b) => `${a.fullName}${a.cardNumber}`.localeCompare(`${b.fullName}${b.cardNumber}`));
    expect(await shape(dst.id)).toEqual(await shape(src.id));

    const again = await upload(w, file, dst.id);
    expect(again.job.counts).toEqual({ NEW: 0, UPDATE: 0, SAME: 12, AMBIGUOUS: 0, ERROR: 0 }); // the one without a số thẻ matched by họ tên + năm sinh
    expect(await db.member.count({ where: { unitId: dst.id } })).toBe(12);
  });
});
