// On a phone (390 × 844): the member list turns into cards and the member form still works.
import { expect, test } from "@playwright/test";
import { uniqueCard, uniqueName } from "./data";
import { e2eDb } from "./db";
import { login } from "./helpers";
import { fillMemberForm, submitNewMember } from "./member-form";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the member list shows cards and the form creates a member", async ({ page }) => {
  await login(page, "bch");
  await page.goto("/members");
  await expect(page.getByRole("table")).toBeHidden();
  const cards = page.getByRole("link", { name: /Số thẻ/ });
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(5);
  const box = await cards.first().boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const fullName = uniqueName();
  await page.getByRole("link", { name: "+ Thêm đoàn viên" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thêm đoàn viên");
  await fillMemberForm(page, {
    fullName,
    gender: "Nam",
    dateOfBirth: "1995-07-01",
    joinedUnionOn: "2020-09-04",
    groupName: "Tổ Văn phòng",
    cardNumber: uniqueCard(),
  });
  await expect(submitNewMember(page)).toBeInViewport();
  await submitNewMember(page).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fullName);
  expect(await e2eDb().member.count({ where: { fullName } })).toBe(1);
});
