// The chủ tịch opens the quarterly BÁO CÁO THU, CHI TÀI CHÍNH CĐCS from the fund's page and downloads
// its PDF; the PDF's thu of the quarter and closing balances are those summed here in SQL from the
// fund's entries. The quarter is the latest finished one with income: no journey writes into a past
// quarter (the others record money on the suite's day), so the figures hold while they run.
import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demoUnit } from "./data";
import { e2eDb } from "./db";
import { login } from "./helpers";
import { dots } from "./money-kit";
import { pdfText, pdfToPng } from "../support/documents";
import { TODAY } from "../support/today";

const SHOTS = "/tmp/shots-moneye2e";
const ROMAN = ["", "I", "II", "III", "IV"];
const ddmmyyyy = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");
const signed = (n: number) => (n < 0 ? `-${dots(-n)}` : dots(n));

test("the quarterly report's PDF holds the quarter's thu and closing balances the entries sum to", async ({
  page,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const unit = await demoUnit();
  const db = e2eDb();
  const thisQuarterStart = new Date(
    Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1),
  );
  const [chosen] = await db.$queryRaw<{ y: number; q: number }[]>`
    SELECT EXTRACT(YEAR FROM date)::int AS y, EXTRACT(QUARTER FROM date)::int AS q
    FROM "FundEntry"
    WHERE "unitId" = ${unit.id} AND direction = 'IN' AND date < ${thisQuarterStart}
    GROUP BY 1, 2 HAVING SUM(amount) > 0
    ORDER BY 1 DESC, 2 DESC LIMIT 1`;
  expect(chosen).toBeDefined();
  const { y, q } = chosen;
  const from = new Date(Date.UTC(y, (q - 1) * 3, 1));
  const to = new Date(Date.UTC(y, q * 3, 1));
  const [sums] = await db.$queryRaw<{ thu: bigint; chi: bigint; cash: bigint; bank: bigint }[]>`
    SELECT
      COALESCE(SUM(amount) FILTER (WHERE direction = 'IN' AND date >= ${from}), 0)::bigint AS thu,
      COALESCE(SUM(amount) FILTER (WHERE direction = 'OUT' AND date >= ${from}), 0)::bigint AS chi,
      COALESCE(SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END) FILTER (WHERE account = 'CASH'), 0)::bigint AS cash,
      COALESCE(SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END) FILTER (WHERE account = 'BANK'), 0)::bigint AS bank
    FROM "FundEntry" WHERE "unitId" = ${unit.id} AND date < ${to}`;
  const [thu, chi, cash, bank] = [sums.thu, sums.chi, sums.cash, sums.bank].map(Number);
  expect(thu).toBeGreaterThan(0);

  await login(page, "chair");
  await page.goto(`/finance?year=${y}`);
  await page.getByRole("link", { name: `Báo cáo quý ${q}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/print/finance/report\\?year=${y}&quarter=${q}`));
  const period = `Quý ${ROMAN[q]} năm ${y} (từ ngày ${ddmmyyyy(from)} đến ngày ${ddmmyyyy(new Date(to.getTime() - 86_400_000))})`;
  await expect(page.getByText("BÁO CÁO THU, CHI TÀI CHÍNH CÔNG ĐOÀN CƠ SỞ").first()).toBeVisible();
  await expect(page.getByText(period).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/fund-report-print-1366.png`, fullPage: true });

  // "Tải PDF" opens the paper in the browser's viewer; its link is fetched as the browser does.
  const link = page.getByRole("link", { name: "Tải PDF" });
  const href = (await link.getAttribute("href"))!;
  expect(href).toContain(`year=${y}`);
  expect(href).toContain(`quarter=${q}`);
  const res = await page.context().request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");
  expect(decodeURIComponent(res.headers()["content-disposition"])).toContain(`bao-cao-thu-chi-quy-${q}-${y}`);
  const pdf = new Uint8Array(await res.body());
  const text = pdfText(pdf);
  expect(text).toContain("BÁO CÁO THU, CHI TÀI CHÍNH CÔNG ĐOÀN CƠ SỞ");
  expect(text).toContain(period);
  expect(text).toContain(`Thu trong kỳ ${signed(thu)}`);
  expect(text).toContain(`Chi trong kỳ ${signed(chi)}`);
  // The balances' table may run onto page 2 under its repeated header: read that row as laid out.
  const row = (label: string, ...cells: number[]) =>
    new RegExp(`${label}\\s+${cells.map((n) => signed(n).replace(/\./g, "\\.")).join("\\s+")}\\s*$`, "m");
  expect(pdfText(pdf, { layout: true })).toMatch(row("Tồn cuối kỳ", cash, bank, cash + bank));
  pdfToPng(pdf, SHOTS, "fund-report-quarter-pdf");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/fund-report-print-390.png`, fullPage: true });
});
