// The member form's "Lương đóng BHXH" is a money field like the others: typed 6500000, it reads
// 6.500.000 once left; the record keeps 6500000 đồng and the edit form shows it back with dots.
import { expect, test } from "@playwright/test";
import { uniqueCard, uniqueName } from "./data";
import { e2eDb } from "./db";
import { detailValue, login, toast } from "./helpers";
import { fillMemberForm, submitNewMember } from "./member-form";

test("the BHXH salary is typed as money, stored in đồng and shown back with dots", async ({ page }) => {
  const fullName = uniqueName("Lê Văn Lương");
  await login(page, "bch");
  await page.goto("/members/new");
  await fillMemberForm(page, {
    fullName,
    gender: "Nam",
    dateOfBirth: "1988-03-14",
    joinedUnionOn: "2012-09-01",
    groupName: "Tổ Ngữ văn",
    cardNumber: uniqueCard(),
  });
  const salary = page.getByLabel("Lương đóng BHXH (đồng)");
  // A decimal amount is refused, next to the field and on it (described, invalid).
  await salary.fill("6500000,5");
  await submitNewMember(page).click();
  const error = "Lương đóng BHXH là số đồng, không có phần lẻ.";
  await expect(page.getByRole("alert").filter({ hasText: error })).toBeVisible();
  await expect(salary).toHaveAttribute("aria-invalid", "true");
  await expect(salary).toHaveAccessibleDescription(error);
  await expect(salary).toHaveValue("6500000,5");

  await salary.fill("6500000");
  await salary.press("Tab");
  await expect(salary).toHaveValue("6.500.000");
  await expect(salary).toHaveAccessibleDescription("Dùng để tính đoàn phí.");
  await submitNewMember(page).click();

  await expect(page).toHaveURL(/\/members\/[a-z0-9]+$/);
  await expect(toast(page, "success")).toHaveText("Đã thêm đoàn viên.");
  await expect(detailValue(page, "Lương đóng BHXH")).toHaveText(/^6\.500\.000\s₫$/);
  const id = page.url().split("/").pop()!;
  const db = e2eDb();
  expect((await db.member.findUniqueOrThrow({ where: { id } })).insuranceSalary).toBe(6_500_000);

  await page.goto(`/members/${id}/edit`);
  await expect(page.getByLabel("Lương đóng BHXH (đồng)")).toHaveValue("6.500.000");
  // Saved again unchanged, "6.500.000" is the same 6500000 đồng: no salary change is recorded.
  await page.getByLabel("Điện thoại").fill("0905222333");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page).toHaveURL(`/members/${id}`);
  await expect(detailValue(page, "Lương đóng BHXH")).toHaveText(/^6\.500\.000\s₫$/);
  const stored = await db.member.findUniqueOrThrow({ where: { id } });
  expect(stored).toMatchObject({ insuranceSalary: 6_500_000, phone: "0905222333" });
  expect(await db.memberSalary.count({ where: { memberId: id } })).toBe(0);
});
