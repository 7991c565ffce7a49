// The cấp trên's roll-up (decision 0088) against a hand-built world (helpers/rollup-fixture.ts):
// cấp trên A with CĐCS X and Y, cấp trên B with CĐCS Z. Every figure is checked against numbers
// worked out by hand from the fixture; Z's never reach A; CĐCS roles are refused; the Excel file
// reads back with the same figures; the small-cell rule withholds welfare categories of 1–2 cases.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as xlsxRoute } from "@/app/api/org/reports/[section]/xlsx/route";
import { type Actor, loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { loadRollup } from "@/lib/org/rollup/load";
import { isSmallCell, minimiseRow } from "@/lib/org/rollup/minimise";
import type { RollupSection, RollupTable } from "@/lib/org/rollup/table";
import { orgTiles } from "@/lib/org/rollup/tiles";
import { unitAggregates } from "@/lib/org/rollup/unit";
import { buildRollupWorld, LEVELS, type RollupWorld, WELFARE_NOTE, YEAR } from "./helpers/rollup-fixture";
import { actAs } from "./helpers/session";

let w: RollupWorld;
let a: Actor;
beforeAll(async () => {
  w = await buildRollupWorld();
  a = (await loadActor(w.users.aChair.id))!;
});

const table = (section: RollupSection, actor = a) => loadRollup(actor, section, YEAR);
const grid = (t: RollupTable) => [...t.rows.map((r) => [r.name, ...r.cells]), ["Tổng cộng", ...t.total]];

describe("section 1: members at the year's end and the year's movements", () => {
  it("matches the hand count per CĐCS, with the total of X and Y only", async () => {
    const t = await table("members");
    expect(t.columns.map((c) => c.label)).toEqual([
      "Đoàn viên 31/12 (kể cả tạm ngừng sinh hoạt)",
      "Nữ",
      "Đảng viên",
      "Kết nạp",
      "Chuyển đến",
      "Chuyển đi",
      "Ra khỏi tổ chức",
    ]);
    expect(grid(t)).toEqual([
      [w.x.unit.name, 5, 2, 1, 1, 1, 1, 1],
      [w.y.unit.name, 2, 2, 0, 0, 0, 0, 2],
      ["Tổng cộng", 7, 4, 1, 1, 1, 1, 3],
    ]);
  });

  it("shows B's chủ tịch its own CĐCS only", async () => {
    const b = (await loadActor(w.users.bChair.id))!;
    expect(grid(await table("members", b))).toEqual([
      [w.z.unit.name, 3, 3, 3, 3, 0, 0, 0],
      ["Tổng cộng", 3, 3, 3, 3, 0, 0, 0],
    ]);
  });
});

describe("section 2: the rating spread", () => {
  it("counts members by level in the schemes' order, and shows each CĐCS's own and appraised level", async () => {
    const t = await table("rating");
    expect(t.columns.map((c) => c.label)).toEqual([
      ...LEVELS,
      "Chưa xếp loại",
      "CĐCS tự xếp loại",
      "Cấp trên thẩm định",
    ]);
    expect(grid(t)).toEqual([
      [w.x.unit.name, 1, 2, 0, 1, LEVELS[0], LEVELS[1]],
      [w.y.unit.name, 1, 0, 1, 0, LEVELS[1], ""],
      ["Tổng cộng", 2, 2, 1, 1, "", ""],
    ]);
    expect(t.notes).toContain(`CĐCS tự xếp loại: ${LEVELS[0]}: 1; ${LEVELS[1]}: 1.`);
    expect(t.notes).toContain(`Cấp trên đã thẩm định 1/2 CĐCS: ${LEVELS[1]}: 1.`);
  });
});

describe("section 3: titles by form", () => {
  it("counts titles achieved by title and proposals by form; not-achieved rows count nowhere", async () => {
    const t = await table("titles");
    expect(t.columns).toEqual([
      { label: "Chiến sĩ thi đua cơ sở", group: "Danh hiệu đạt" },
      { label: "Lao động tiên tiến", group: "Danh hiệu đạt" },
      { label: "Giấy khen của CĐ cấp trên", group: "Đề nghị khen thưởng" },
    ]);
    expect(grid(t)).toEqual([
      [w.x.unit.name, 1, 2, 1],
      [w.y.unit.name, 0, 1, 0],
      ["Tổng cộng", 1, 3, 1],
    ]);
  });
});

describe("section 4: welfare, with the small-cell rule", () => {
  it("withholds a category of 1–2 cases in a CĐCS's row, merges it into Khác, and keeps it out of the category's total", async () => {
    const t = await table("welfare");
    expect(t.columns.map((c) => `${c.group}|${c.label}`)).toEqual(
      ["Ốm đau", "Hiếu", "Hỉ", "Khác (gộp)", "Tổng cộng"].flatMap((g) => [
        `${g}|Lượt`,
        `${g}|Số tiền (đồng)`,
      ]),
    );
    expect(grid(t)).toEqual([
      [w.x.unit.name, 3, 1_500_000, "< 3", null, 0, 0, 1, 2_000_000, 4, 3_500_000],
      [w.y.unit.name, "< 3", null, 0, 0, 4, 800_000, 1, 300_000, 5, 1_100_000],
      // Hiếu's one case is nowhere under its name, not even in the total.
      ["Tổng cộng", 3, 1_500_000, 0, 0, 4, 800_000, 2, 2_300_000, 9, 4_600_000],
    ]);
    expect(JSON.stringify(t)).not.toContain(WELFARE_NOTE);
  });

  it("the rule itself: 1 and 2 are small, 0 and 3 are not; the total stays exact", () => {
    expect([0, 1, 2, 3].map(isSmallCell)).toEqual([false, true, true, false]);
    expect(
      minimiseRow([
        { count: 2, amount: 200 },
        { count: 3, amount: 300 },
        { count: 0, amount: 0 },
      ]),
    ).toEqual({
      shown: [null, { count: 3, amount: 300 }, { count: 0, amount: 0 }],
      merged: { count: 2, amount: 200 },
      total: { count: 5, amount: 500 },
    });
  });
});

describe("section 5: đoàn phí", () => {
  it("sums the year's months collected (reversals included), the share due and the remittances that start in the year", async () => {
    // The share due: the cấp trên's 30 % of what was collected at the statutory rate.
    expect(grid(await table("dues"))).toEqual([
      [w.x.unit.name, 60_000, 18_000, 18_000, 1],
      [w.y.unit.name, 100_000, 30_000, 0, 0],
      ["Tổng cộng", 160_000, 48_000, 18_000, 1],
    ]);
  });
});

describe("the tiles on /org and the drill-down", () => {
  it("sums the subtree", async () => {
    expect(await orgTiles(a, YEAR)).toEqual({
      year: YEAR,
      units: 2,
      members: 7,
      ratingYear: YEAR,
      selfRated: 2,
      appraised: 1,
      welfare: 4_600_000,
      remitted: 18_000,
    });
  });

  it("shows a unit of the subtree the same row as the report; none for another cấp trên's unit", async () => {
    const agg = await unitAggregates(a, w.x.unit.id, YEAR);
    // Its columns are its own (a level no member of X holds is not one); every figure it shows is
    // the report's, and every figure of X's row it leaves out is nil.
    const figures = (t: RollupTable, unitId: string) => {
      const row = t.rows.find((r) => r.unitId === unitId)!;
      return Object.fromEntries(
        t.columns
          .map((c, i) => [`${c.group ?? ""}|${c.label}`, row.cells[i]] as const)
          .filter(([, v]) => v !== 0 && v !== "" && v !== null),
      );
    };
    expect(agg!.tables.map((t) => t.section)).toEqual(["members", "rating", "titles", "welfare", "dues"]);
    for (const t of agg!.tables) {
      expect(t.rows.map((r) => r.unitId)).toEqual([w.x.unit.id]);
      expect(figures(t, w.x.unit.id), t.section).toEqual(figures(await table(t.section), w.x.unit.id));
    }
    expect(await unitAggregates(a, w.z.unit.id, YEAR)).toBeNull();
    const b = (await loadActor(w.users.bChair.id))!;
    expect(await unitAggregates(b, w.x.unit.id, YEAR)).toBeNull();
  });
});

describe("who may read it", () => {
  it("the cấp trên's UBKT may; a CĐCS's chủ tịch and members may not; an upper role without the permission may not", async () => {
    const ubkt = (await loadActor(w.users.aUbkt.id))!;
    expect(ubkt.roles).toEqual(["upper_ubkt"]);
    expect((await table("members", ubkt)).total[0]).toBe(7);
    for (const id of [w.users.xChair.id, w.users.xMember.id]) {
      const actor = (await loadActor(id))!;
      await expect(table("members", actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const stripped = {
      ...a,
      permissions: new Set([...a.permissions].filter((p) => p !== "org.rollup.read")),
    };
    await expect(table("dues", stripped)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

const call = (section: string, query = `?year=${YEAR}`) =>
  xlsxRoute(new NextRequest(new URL(`http://localhost/api/org/reports/${section}/xlsx${query}`)), {
    params: Promise.resolve({ section }),
  });

async function readBack(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: { values: unknown[]; formats: string[] }[] = [];
  ws.eachRow((r) => {
    const values = (r.values as unknown[]).slice(1);
    rows.push({ values, formats: values.map((_, i) => r.getCell(i + 1).numFmt ?? "") });
  });
  return rows;
}

describe("the Excel files", () => {
  it("read back with the same figures as number cells, đồng formatted #,##0, and nothing of B or of a person", async () => {
    actAs(w.users.aChair.id);
    for (const section of ["members", "rating", "titles", "welfare", "dues"] as const) {
      const res = await call(section);
      expect(res.status, section).toBe(200);
      const rows = await readBack(res);
      const t = await table(section);
      for (const expected of grid(t)) {
        const found = rows.find((r) => r.values[1] === expected[0]);
        expect(found, `${section}: ${expected[0]}`).toBeDefined();
        expect(
          Array.from(found!.values.slice(2), (v) => (v === "" || v === undefined ? null : v)),
          `${section}: ${expected[0]}`,
        ).toEqual(expected.slice(1).map((v) => (v === "" ? null : v)));
      }
      const text = JSON.stringify(rows);
      for (const leak of [w.z.unit.name, "Gamma Bí Mật", WELFARE_NOTE, "Xa Một", "Yên Hai"])
        expect(text, `${section} carries ${leak}`).not.toContain(leak);
      if (section === "welfare") {
        const x = rows.find((r) => r.values[1] === w.x.unit.name)!;
        expect(x.formats[3]).toBe("#,##0");
      }
    }
  });

  it("refuses a CĐCS's chủ tịch and answers 404 for an unknown section, 400 for a bad year", async () => {
    actAs(w.users.xChair.id);
    expect((await call("members")).status).toBe(403);
    actAs(w.users.aChair.id);
    expect((await call("members-by-name")).status).toBe(404);
    expect((await call("members", "?year=19")).status).toBe(400);
  });
});

describe("the drill-down of a CĐCS that does not collect đoàn phí", () => {
  it("says so under the dues figures, in the words of the CĐCS's own screens", async () => {
    // X becomes a unit paid wholly by the state budget: from 01/06/2025 it collects nothing.
    await db.setting.create({
      data: {
        unitId: w.x.unit.id,
        key: "dues.unit.funding",
        value: "state_full",
        effectiveFrom: new Date("2020-01-01T00:00:00Z"),
      },
    });
    try {
      const agg = (await unitAggregates(a, w.x.unit.id, 2026))!;
      expect(agg.duesNote).toBe(
        "Không thu đoàn phí (từ 01/06/2025): đơn vị hưởng 100 % lương từ ngân sách nhà nước (Công văn 4133/TLĐ-ToC).",
      );
      // 2025 is cut by the stop: January to May collected, June to December not.
      expect((await unitAggregates(a, w.x.unit.id, 2025))!.duesNote).toBe(
        "Không thu đoàn phí (từ 01/06/2025): đơn vị hưởng 100 % lương từ ngân sách nhà nước (Công văn 4133/TLĐ-ToC).",
      );
      expect((await unitAggregates(a, w.x.unit.id, 2024))!.duesNote).toBeNull();
    } finally {
      await db.setting.deleteMany({ where: { unitId: w.x.unit.id, key: "dues.unit.funding" } });
    }
  });

  it("has no such line for a unit that collects", async () => {
    expect((await unitAggregates(a, w.x.unit.id, YEAR))!.duesNote).toBeNull();
  });
});
