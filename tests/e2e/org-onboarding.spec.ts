// The cấp trên onboards a CĐCS (decision 0083): captren@demo.vn creates it, invites its
// chủ tịch, whose one-time link sets a password and signs them in; they import members and see them;
// the link then refuses a second use. And the cấp trên reads nothing of a CĐCS's members: every page
// (HTML and RSC payload) and every download of the demo school, requested as captren, is refused and
// carries no CCCD, welfare note or self-assessment.
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { demoUnit, uniqueToken } from "./data";
import { e2eDb } from "./db";
import { login } from "./helpers";

const CAPTREN = "captren@demo.vn";

test("captren creates a CĐCS, invites its chủ tịch, who signs in and imports members; the link works once", async ({
  browser,
  page,
}) => {
  const stamp = uniqueToken();
  const unitName = `Công đoàn Trường THCS Thử Nghiệm ${stamp}`;
  await login(page, CAPTREN);
  await expect(page).toHaveURL(/\/org$/);
  await expect(page.getByRole("link", { name: "Công đoàn Trường THPT Lê Quý Đôn" })).toBeVisible();
  // Its navigation shows only its own screens.
  await expect(page.getByRole("navigation").getByRole("link", { name: "Đoàn viên" })).toHaveCount(0);

  await page.getByRole("link", { name: "Tạo CĐCS" }).click();
  await page.getByRole("button", { name: "Tạo CĐCS" }).click();
  await expect(page.locator('[data-field-error="unit-name"]')).toHaveText(
    "Vui lòng nhập tên công đoàn cơ sở.",
  );
  await page.getByLabel("Tên công đoàn cơ sở").fill(unitName);
  await page.getByLabel("Loại hình đơn vị").selectOption("hcsn");
  await page.getByLabel("Năm thi đua, xếp loại").selectOption("school");
  await page.getByLabel("Địa danh (in trên văn bản)").fill("Đà Nẵng");
  await page.getByRole("button", { name: "Tạo CĐCS" }).click();
  await expect(page.getByRole("heading", { name: unitName })).toBeVisible();

  const email = `chutich-${stamp}@example.vn`;
  await page.getByLabel("Họ và tên chủ tịch").fill("Phạm Thị Minh Thư");
  await page.getByLabel("Giới tính").selectOption("FEMALE");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Mời chủ tịch" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const path = new URL(link).pathname;

  // The chủ tịch, in a browser of their own.
  const ctx = await browser.newContext();
  const chair = await ctx.newPage();
  await chair.goto(path);
  await expect(chair.getByText(`Chào Phạm Thị Minh Thư`)).toBeVisible();
  await chair.getByLabel("Mật khẩu", { exact: true }).fill("ChuTich2026");
  await chair.getByLabel("Nhập lại mật khẩu").fill("ChuTich2026");
  await chair.getByRole("button", { name: "Đặt mật khẩu và đăng nhập" }).click();
  await expect(chair).toHaveURL(/\/dashboard$/);
  await expect(chair.getByText(unitName).first()).toBeVisible();

  // The existing member import, with a small file built here.
  mkdirSync("tests/.tmp", { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("DS");
  ws.addRow(["Họ và tên", "Giới tính", "Ngày sinh", "Số thẻ", "Ngày vào CĐ", "Tổ công đoàn"]);
  ws.addRow([`Lê Văn Nhập ${stamp}`, "Nam", "12/05/1990", `N${stamp}1`, "01/09/2015", "Tổ Văn phòng"]);
  ws.addRow([`Trần Thị Nhập ${stamp}`, "Nữ", "03/11/1992", `N${stamp}2`, "01/09/2016", "Tổ Văn phòng"]);
  const file = `tests/.tmp/org-import-${stamp}.xlsx`;
  await wb.xlsx.writeFile(file);
  await chair.goto("/members/import");
  await chair.getByLabel("Tệp danh sách đoàn viên (.xlsx)").setInputFiles(file);
  await chair.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
  await expect(chair.locator("[data-import-counts]")).toBeVisible({ timeout: 20_000 });
  await chair.getByRole("button", { name: "Nhập 2 dòng hợp lệ" }).click();
  await chair.getByRole("dialog").getByRole("button", { name: "Nhập", exact: true }).click();
  await expect(chair.getByText("Đã nhập xong.")).toBeVisible({ timeout: 20_000 });
  await chair.goto("/members");
  await expect(chair.getByRole("link", { name: `Lê Văn Nhập ${stamp}` })).toBeVisible();
  await expect(chair.getByRole("link", { name: `Trần Thị Nhập ${stamp}` })).toBeVisible();
  await ctx.close();

  // A second use of the link is refused, and the password stays the one set.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(path);
  await expect(second.getByTestId("invite-unusable")).toBeVisible();
  await again.close();

  // The cấp trên sees the CĐCS's count and that its chủ tịch signed in; the audit holds both steps.
  await page.goto(`/org?q=${encodeURIComponent(stamp)}`);
  const row = page.getByRole("listitem").filter({ hasText: unitName });
  await expect(row).toContainText("3 đoàn viên");
  await expect(row).toContainText("Chủ tịch đã đăng nhập");
  const user = await e2eDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actions = await e2eDb().auditLog.findMany({ where: { entityId: user.id }, select: { action: true } });
  expect(actions.map((a) => a.action).sort()).toEqual(["org.chair.invite", "org.invite.accept"]);
});

/** Every GET route under app/api, with its dynamic segments filled by `fill`. */
function apiPaths(fill: (segment: string) => string) {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === "route.ts") out.push(p);
    }
  };
  walk("app/api");
  return out
    .map((p) => p.replace(/^app/, "").replace(/\/route\.ts$/, ""))
    .filter((p) => !p.startsWith("/api/auth") && p !== "/api/health")
    .map((p) => p.replace(/\[([^\]]+)\]/g, (_, s: string) => fill(s)));
}

test("the cấp trên reads no member's CCCD, welfare note or self-assessment: pages, RSC payloads, exports", async ({
  page,
}) => {
  const db = e2eDb();
  const unit = await demoUnit();
  const secret = uniqueToken().toUpperCase();
  const cccd = `0482${secret.replace(/\D/g, "7").slice(0, 8).padEnd(8, "7")}`;
  const member = await db.member.findFirstOrThrow({ where: { unitId: unit.id, status: "ACTIVE" } });
  await db.member.update({ where: { id: member.id }, data: { idNumber: cccd } });
  const visit = await db.welfareVisit.findFirstOrThrow({ where: { unitId: unit.id } });
  await db.welfareVisit.update({ where: { id: visit.id }, data: { note: `Ghi chú riêng ${secret}` } });
  const assessment = await db.emulationSelfAssessment.findFirst({ where: { member: { unitId: unit.id } } });
  if (assessment)
    await db.emulationSelfAssessment.update({
      where: { id: assessment.id },
      data: { comment: `Tự nhận xét ${secret}` },
    });
  const secrets = [cccd, secret];

  await login(page, CAPTREN);
  const pages = [
    "/dashboard",
    "/members",
    `/members/${member.id}`,
    `/members/${member.id}/edit`,
    "/members/statistics",
    "/welfare",
    `/welfare/${visit.id}`,
    "/welfare/summary",
    "/emulation",
    "/rating",
    "/finance",
    "/finance/dues",
    "/meetings",
    "/opinions",
    "/inspections",
    "/groups",
    "/terms",
    "/settings",
    "/settings/accounts",
    "/me",
    "/print/members",
    "/print/welfare/register",
    // Its own pages of the papers sent up (decision 0089), and the CĐCS's list of what it sent.
    "/org/submissions",
    "/org/submissions?tab=missing&kind=STATISTICS",
    "/submissions",
  ];
  const ids: Record<string, string> = {
    id: member.id,
    memberId: member.id,
    visitId: visit.id,
    eventId: member.id,
  };
  const downloads = apiPaths((s) => ids[s] ?? member.id);
  // The roll-up (decision 0088): the pages, print pages and Excel files the cấp trên may open, for
  // the year of the planted welfare note; aggregates only.
  const year = visit.eventOn.getUTCFullYear();
  const rollup = ["members", "rating", "titles", "welfare", "dues"].flatMap((s) => [
    `/org/reports?year=${year}&section=${s}`,
    `/print/org/reports/${s}?year=${year}`,
    `/api/org/reports/${s}/xlsx?year=${year}`,
  ]);
  rollup.push("/org", `/org/${unit.id}?year=${year}`);
  expect(downloads.length).toBeGreaterThan(10);
  for (const path of [...pages, ...downloads, ...rollup]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const res = await page.request.get(path, { headers, maxRedirects: 0 });
      const body = await res.text();
      for (const s of secrets) expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(s);
      expect([200, 307, 400, 401, 403, 404, 405], `${path}: ${res.status()}`).toContain(res.status());
    }
  }
  // And the pages it may open show the school's count, never a name from its member list.
  const body = await (await page.request.get("/org")).text();
  expect(body).not.toContain(member.fullName);
});
