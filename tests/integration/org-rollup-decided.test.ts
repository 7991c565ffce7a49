// The roll-up's titles section counts what the cấp trên DECIDED, not only what was proposed: lines of
// an issued quyết định (Khen by form, Không khen, revoked by a later quyết định), per CĐCS, in the
// table and its Excel file. A line decided but not yet issued, and another cấp trên's lines, count
// nowhere. A hand-built world; every expected figure is counted by hand below.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as xlsxRoute } from "@/app/api/org/reports/[section]/xlsx/route";
import { type Actor, loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { loadRollup } from "@/lib/org/rollup/load";
import type { RollupTable } from "@/lib/org/rollup/table";
import { cdcs, tag, upper, upperUser } from "./helpers/rollup-records";
import { actAs } from "./helpers/session";

const YEAR = 2025;
const GK = "Giấy khen của Công đoàn Giáo dục";
const BK = "Bằng khen của Liên đoàn Lao động";
let a: Actor;
let aChairId: string;
let x: { id: string; name: string };
let y: { id: string; name: string };
let zName: string;

async function decision(upperUnitId: string, kind: "AWARD" | "CORRECTION", by: string) {
  return db.upperAwardDecision.create({
    data: {
      upperUnitId,
      year: YEAR,
      kind,
      number: `${tag()}/QĐ-CĐGD`,
      signedOn: new Date(`${YEAR + 1}-01-15T00:00:00Z`),
      signerName: "Trần Văn Ký",
      signerTitle: "CHỦ TỊCH",
      issuedById: by,
    },
  });
}

async function line(
  upperUnitId: string,
  unitId: string,
  form: string,
  verdict: "AWARD" | "NO_AWARD",
  by: string,
  decisionId: string | null,
  revokedByDecisionId: string | null = null,
) {
  await db.upperAwardLine.create({
    data: {
      upperUnitId,
      unitId,
      year: YEAR,
      submissionId: `sub-${unitId}`,
      proposalRef: tag(),
      subject: "MEMBER",
      displayName: `Người ${tag()}`,
      form,
      verdict,
      ...(verdict === "NO_AWARD" ? { reason: "Chưa đủ thành tích." } : {}),
      decidedById: by,
      decidedAt: new Date(`${YEAR + 1}-01-10T00:00:00Z`),
      decisionId,
      revokedByDecisionId,
    },
  });
}

beforeAll(async () => {
  const A = await upper("Công đoàn Giáo dục A");
  const B = await upper("Công đoàn Giáo dục B");
  const cx = await cdcs(A.id, "CĐCS Alpha", ["X1"]);
  const cy = await cdcs(A.id, "CĐCS Beta", ["Y1"]);
  const cz = await cdcs(B.id, "CĐCS Gamma", ["Z1"]);
  x = cx.unit;
  y = cy.unit;
  zName = cz.unit.name;
  const chair = await upperUser(A.id, "CHAIR");
  const bChair = await upperUser(B.id, "CHAIR");
  aChairId = chair.id;
  a = (await loadActor(chair.id))!;
  const d1 = await decision(A.id, "AWARD", chair.id);
  const fix = await decision(A.id, "CORRECTION", chair.id);
  // X: Giấy khen ×2 (one revoked by the correction), Bằng khen ×1, Không khen ×1, and a Khen decided
  // but not yet in a quyết định.
  await line(A.id, x.id, GK, "AWARD", chair.id, d1.id);
  await line(A.id, x.id, GK, "AWARD", chair.id, d1.id, fix.id);
  await line(A.id, x.id, BK, "AWARD", chair.id, d1.id);
  await line(A.id, x.id, GK, "NO_AWARD", chair.id, d1.id);
  await line(A.id, x.id, BK, "AWARD", chair.id, null);
  // Y: one Giấy khen.
  await line(A.id, y.id, GK, "AWARD", chair.id, d1.id);
  // Z, under B: never in A's table.
  const dB = await decision(B.id, "AWARD", bChair.id);
  await line(B.id, cz.unit.id, BK, "AWARD", bChair.id, dB.id);
});

const grid = (t: RollupTable) => [...t.rows.map((r) => [r.name, ...r.cells]), ["Tổng cộng", ...t.total]];

describe("the titles section counts the cấp trên's issued decisions", () => {
  it("Khen by form (not revoked), Không khen and Đã thu hồi per CĐCS; pending and other cấp trên's lines nowhere", async () => {
    const t = await loadRollup(a, "titles", YEAR);
    expect(t.columns).toEqual([
      { label: BK, group: "Cấp trên quyết định khen" },
      { label: GK, group: "Cấp trên quyết định khen" },
      { label: "Không khen", group: "Cấp trên quyết định khác" },
      { label: "Đã thu hồi", group: "Cấp trên quyết định khác" },
    ]);
    expect(grid(t)).toEqual([
      [x.name, 1, 1, 1, 1],
      [y.name, 0, 1, 0, 0],
      ["Tổng cộng", 1, 2, 1, 1],
    ]);
    expect(JSON.stringify(t)).not.toContain(zName);
  });

  it("the Excel file carries the same figures as number cells", async () => {
    actAs(aChairId);
    const res = await xlsxRoute(
      new NextRequest(new URL(`http://localhost/api/org/reports/titles/xlsx?year=${YEAR}`)),
      { params: Promise.resolve({ section: "titles" }) },
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const header = rows.find((r) => r[1] === "Công đoàn cơ sở")!;
    expect(header.slice(2)).toEqual([BK, GK, "Không khen", "Đã thu hồi"]);
    expect(rows.find((r) => r[1] === x.name)!.slice(2)).toEqual([1, 1, 1, 1]);
    expect(rows.find((r) => r[1] === y.name)!.slice(2)).toEqual([0, 1, 0, 0]);
    expect(JSON.stringify(rows)).not.toContain(zName);
  });
});
