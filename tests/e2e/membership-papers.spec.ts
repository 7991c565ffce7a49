// Membership papers in the browser: an applicant goes from đơn to quyết định kết nạp and becomes a
// member; the statistics report for a half-year matches the movements in the members' timelines.
import { expect, test, type Page } from "@playwright/test";
import { demoUnit, uniqueName, uniqueToken } from "./data";
import { e2eDb } from "./db";
import { login, toast } from "./helpers";
import { formatDate } from "../../lib/format";
import { makeMember } from "../factories/records";
import { LAST_YEAR, TODAY } from "../support/today";

const shots = process.env.SCD_SHOTS_DIR;
const snap = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
};

test("an applicant goes from đơn to quyết định kết nạp and becomes a member", async ({ page }) => {
  const name = uniqueName("Lê Thị Ứng Viên");
  const number = `${uniqueToken()}/QĐ-CĐCS`;
  const today = formatDate(TODAY);
  await login(page, "chair");
  await page.goto("/members/applications");
  await page.getByRole("button", { name: "+ Ghi nhận đơn gia nhập" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByLabel("Họ và tên").fill(name);
  await dialog.getByLabel("Ngày sinh").fill("12/04/1999");
  await dialog.getByLabel("Người giới thiệu").fill("Trần Thị Thu Hà");
  await dialog.getByRole("button", { name: "Lưu đơn" }).click();
  await expect(toast(page, "success")).toHaveText("Đã ghi nhận đơn gia nhập.");
  const item = page.getByTestId("application").filter({ hasText: name });
  await expect(item).toContainText("Chờ BCH xét");

  // The BCH approves: without the meeting it is refused next to the field, nothing saved.
  await item.getByRole("button", { name: "BCH xét…" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Lưu quyết định của BCH" }).click();
  await expect(
    dialog.getByText("Vui lòng ghi cuộc họp BCH hoặc nghị quyết đã đồng ý kết nạp."),
  ).toBeVisible();
  await dialog.getByLabel("Cuộc họp / nghị quyết của BCH").fill("Họp BCH thường kỳ");
  await dialog.getByRole("button", { name: "Lưu quyết định của BCH" }).click();
  await expect(item).toContainText("BCH đồng ý, chờ quyết định");

  await page.getByRole("button", { name: "+ Lập quyết định kết nạp" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("Số quyết định").fill(number);
  // Only this applicant.
  for (const box of await dialog.getByRole("checkbox").all())
    if (!((await box.locator("xpath=..").textContent()) ?? "").includes(name)) await box.uncheck();
  await dialog.getByRole("button", { name: "Lập quyết định" }).click();
  const admission = page.getByTestId("admission").filter({ hasText: number });
  await expect(admission).toContainText(name);
  await expect(admission).toContainText("chưa tổ chức lễ kết nạp");
  await snap(page, "applications-1366");

  await admission.getByRole("button", { name: "Ghi nhận lễ kết nạp…" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("Ngày tổ chức lễ kết nạp").fill(today);
  await dialog.getByRole("button", { name: "Ghi nhận và kết nạp" }).click();
  await expect(admission).toContainText(`lễ kết nạp ngày ${today}`);
  await expect(item).toContainText("Đã kết nạp");

  // The quyết định as a paper names the new member.
  await admission.getByRole("link", { name: "In quyết định" }).click();
  await expect(page.getByText(`Số: ${number}`)).toBeVisible();
  await expect(page.getByRole("cell", { name })).toBeVisible();
  await snap(page, "admission-paper-1366");

  // She is a member now, with the admission in her timeline on the day of the lễ.
  const stored = await e2eDb().membershipApplication.findFirstOrThrow({ where: { fullName: name } });
  await page.goto(`/members/${stored.memberId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Kết nạp").first()).toBeVisible();
  await expect(page.getByText(today).first()).toBeVisible();
});

test("the statistics report for a half-year matches the movements in the members' timelines", async ({
  page,
}) => {
  const unit = await demoUnit();
  const db = e2eDb();
  const group = await db.group.create({ data: { unitId: unit.id, name: `Tổ Thống kê ${uniqueToken()}` } });
  const people = await Promise.all(
    [0, 1, 2].map(() =>
      makeMember(db, {
        unitId: unit.id,
        groupId: group.id,
        fullName: uniqueName("Hồ Văn Biến Động"),
        joinedUnionOn: "2015-09-01",
      }),
    ),
  );
  await login(page, "bch");
  const moves: [string, string][] = [
    ["Chuyển sinh hoạt đi", `15/03/${LAST_YEAR}`],
    ["Nghỉ hưu", `02/05/${LAST_YEAR}`],
  ];
  for (const [i, [event, on]] of moves.entries()) {
    await page.goto(`/members/${people[i].id}`);
    await page.getByRole("button", { name: "Thay đổi sinh hoạt…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox", { name: "Thay đổi" }).selectOption({ label: event });
    await dialog.getByLabel("Ngày hiệu lực").fill(on);
    await dialog.getByLabel("Lý do / số quyết định").fill("Theo quyết định của cơ quan");
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    await dialog.getByRole("button", { name: "Xác nhận" }).click();
    await expect(toast(page, "success")).toHaveText(`Đã ghi nhận: ${event}.`);
  }

  // What the timelines say happened in 6 tháng đầu năm LAST_YEAR, read in the browser.
  let movedOut = 0;
  let exited = 0;
  for (const p of people) {
    await page.goto(`/members/${p.id}`);
    const timeline = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Quá trình sinh hoạt" }) });
    for (const li of await timeline.locator("li").all()) {
      const text = (await li.textContent()) ?? "";
      if (!text.includes(`/${LAST_YEAR}`)) continue;
      const [dd, mm] = /(\d\d)\/(\d\d)\//.exec(text)!.slice(1).map(Number);
      if (mm > 6 || dd < 1) continue;
      if (text.startsWith("Chuyển sinh hoạt đi")) movedOut++;
      if (text.startsWith("Nghỉ hưu") || text.startsWith("Thôi sinh hoạt") || text.startsWith("Khai trừ"))
        exited++;
    }
  }
  expect([movedOut, exited]).toEqual([1, 1]);

  await page.goto(`/members/statistics?period=h1&year=${LAST_YEAR}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thống kê, biến động đoàn viên");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: group.name }) });
  const figure = (f: string) => row.locator(`td[data-figure="${f}"]`);
  await expect(figure("opening")).toHaveText("3");
  await expect(figure("transferredOut")).toHaveText(String(movedOut));
  await expect(figure("exited")).toHaveText(String(exited));
  await expect(figure("closing")).toHaveText(String(3 - movedOut - exited));
  await snap(page, "statistics-1366");
  // The giấy giới thiệu of the move-out is on the member's record.
  await page.goto(`/members/${people[0].id}`);
  await page.getByRole("link", { name: "In giấy giới thiệu" }).click();
  await expect(page.getByText("GIẤY GIỚI THIỆU", { exact: true })).toBeVisible();
  await expect(page.getByText(`kể từ ngày 15/03/${LAST_YEAR}`)).toBeVisible();
});
