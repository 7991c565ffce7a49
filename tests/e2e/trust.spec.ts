// Trust: hostile text is shown as text everywhere it appears, a concurrent edit is refused next to
// the form, the security headers are sent, and the BCH can see who read a member's record.
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { createMember } from "./data";
import { e2eDb } from "./db";
import { ACCOUNTS, login } from "./helpers";
import { fillMemberForm } from "./member-form";

const SCRIPT = "<script>alert(1)</script>";
const token = () => Math.random().toString(36).slice(2, 8);

/** The raw HTML of a page must never carry the tag itself: React escapes it (&lt;script&gt;). */
async function expectEscaped(page: Page, path: string, visible: string) {
  const res = await page.goto(path);
  expect(res?.status()).toBe(200);
  await expect(page.getByText(visible, { exact: false }).first()).toBeVisible();
  expect(await res!.text()).not.toContain(SCRIPT);
}

test("a member named with a <script> tag is shown as text on the list, the record, the print page and in Excel", async ({
  page,
}) => {
  const tag = token();
  const name = `${SCRIPT} Nguyễn ${tag}`;
  const member = await createMember("Tổ Toán – Tin", { fullName: name });
  await e2eDb().member.update({
    where: { id: member.id },
    data: { note: `<img src=x onerror=alert(2)> ghi chú ${tag}` },
  });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await login(page, "chair");

  await expectEscaped(page, `/members?q=${tag}`, name);
  await expectEscaped(page, `/members/${member.id}`, name);
  await expect(page.getByText(`<img src=x onerror=alert(2)> ghi chú ${tag}`)).toBeVisible();
  await expectEscaped(page, `/print/members?q=${tag}`, name);

  const xlsx = await page.request.get(`/api/members/export?q=${tag}`);
  expect(xlsx.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.worksheets[0].eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
  expect(cells).toContain(name);
  expect(dialogs, "no script ran").toEqual([]);
});

test("two people edit the same member: the second save is refused next to the form and nothing is overwritten", async ({
  page,
  browser,
}) => {
  const member = await createMember("Tổ Ngữ văn", { phone: "0905000111" });
  const other = await browser.newPage();
  await login(other, "bch");
  await other.goto(`/members/${member.id}/edit`);
  await login(page, "chair");
  await page.goto(`/members/${member.id}/edit`);

  // The ủy viên BCH saves first…
  await fillMemberForm(other, { phone: "0905222333" });
  await other.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(other).toHaveURL(new RegExp(`/members/${member.id}$`));
  // …then the chủ tịch saves the form loaded before that.
  await fillMemberForm(page, { phone: "0905444555" });
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.locator("[data-form-error]")).toHaveText(
    "Đoàn viên này đã có người sửa trong lúc bạn đang sửa. Hãy tải lại trang để xem bản mới nhất.",
  );
  await expect(page).toHaveURL(new RegExp(`/members/${member.id}/edit$`));
  expect(await e2eDb().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
    phone: "0905222333",
    version: 1,
  });

  // After reloading, the chủ tịch's edit goes through.
  await page.reload();
  await fillMemberForm(page, { phone: "0905444555" });
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page).toHaveURL(new RegExp(`/members/${member.id}$`));
  expect(await e2eDb().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
    phone: "0905444555",
    version: 2,
  });
  await other.close();
});

test("responses carry the security headers, and the UBKT sees who read a member's record", async ({
  page,
}) => {
  const res = await page.goto("/login");
  const h = res!.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  const tag = token();
  const member = await createMember("Tổ Ngữ văn", { fullName: `Hồ Thị Được Đọc ${tag}` });
  await login(page, "bch");
  await page.goto(`/members/${member.id}`);
  await page.context().clearCookies();
  await login(page, "ubkt");
  await page.goto("/settings");
  await page.getByRole("link", { name: "Nhật ký truy cập hồ sơ" }).click();
  await page.getByPlaceholder("Hồ sơ của đoàn viên (tên)").fill(`Được Đọc ${tag}`);
  await page.getByRole("button", { name: "Lọc" }).click();
  const row = page.locator("tbody tr").filter({ hasText: `Hồ Thị Được Đọc ${tag}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(ACCOUNTS.bch);
  await expect(row).toContainText("Xem hồ sơ");
});
