// Several app instances on one PostgreSQL (docs/scaling.md): an import whose writing instance died
// is seen as cut off by any other instance as soon as no transaction holds its writer lock (after
// a short grace), not only after minutes without progress; while the writer lives, it is not.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { commitMemberImportAction } from "@/lib/members/import/actions";
import { processImport } from "@/lib/members/import/process";
import { getImport } from "@/lib/members/import/queries";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
let other: pg.Client; // another instance's connection
beforeAll(async () => {
  w = await buildWorld();
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
});
afterAll(async () => {
  await other.end();
});

/** A previewed two-row import, then left WRITING as a dead instance leaves it, `idleSeconds` ago. */
async function cutOffImport(idleSeconds: number) {
  const stamp = randomUUID().slice(0, 8).toUpperCase();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["Họ và tên", "Giới tính", "Ngày vào CĐ", "Tổ", "Số thẻ"]);
  ws.addRow([`Người Một ${stamp}`, "Nữ", "01/09/2018", w.groupA.name, `WL${stamp}1`]);
  ws.addRow([`Người Hai ${stamp}`, "Nam", "01/09/2018", w.groupA.name, `WL${stamp}2`]);
  const job = await db.memberImport.create({
    data: { unitId: w.unit.id, createdById: w.people.chair.user.id, fileName: "ds.xlsx" },
  });
  await processImport(job.id, w.unit.id, Buffer.from(await wb.xlsx.writeBuffer()));
  expect((await db.memberImport.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("PREVIEW");
  await db.$executeRaw`UPDATE "MemberImport" SET status = 'WRITING', phase = 'write', progress = 40,
    "updatedAt" = now() - make_interval(secs => ${idleSeconds}) WHERE id = ${job.id}`;
  return { id: job.id, stamp };
}

const membersOf = (stamp: string) => db.member.count({ where: { cardNumber: { startsWith: `WL${stamp}` } } });

describe("an import cut off by a dead instance", () => {
  it("40 s without progress and no live writer: the page says cut off and the write can run again, all of it", async () => {
    const { id, stamp } = await cutOffImport(40);
    actAs(w.people.chair.user.id);
    expect((await getImport((await getActor())!, id))!.stale).toBe(true);
    expect(await commitMemberImportAction({ importId: id })).toEqual({
      ok: true,
      data: { created: 2, updated: 0, unchanged: 0, skipped: 0 },
    });
    expect(await membersOf(stamp)).toBe(2);
    expect((await db.memberImport.findUniqueOrThrow({ where: { id } })).status).toBe("DONE");
  });

  it("40 s without progress but its writer still holds the lock (a long statement): not cut off, a second write is refused", async () => {
    const { id, stamp } = await cutOffImport(40);
    await other.query("BEGIN");
    await other.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`member-import:${id}`]);
    try {
      actAs(w.people.chair.user.id);
      expect((await getImport((await getActor())!, id))!.stale).toBe(false);
      expect(await commitMemberImportAction({ importId: id })).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await membersOf(stamp)).toBe(0);
      expect((await db.memberImport.findUniqueOrThrow({ where: { id } })).status).toBe("WRITING");
    } finally {
      await other.query("ROLLBACK");
    }
  });

  it("progress 5 s ago and no lock yet (the rows are still being read): not cut off", async () => {
    const { id, stamp } = await cutOffImport(5);
    actAs(w.people.chair.user.id);
    expect((await getImport((await getActor())!, id))!.stale).toBe(false);
    expect(await commitMemberImportAction({ importId: id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await membersOf(stamp)).toBe(0);
  });
});
