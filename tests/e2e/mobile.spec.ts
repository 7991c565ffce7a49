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
  // One table, each member's row drawn as a card: name and status on the first line, số thẻ below.
  // A member's row has cells (the header row has column headers); card numbers made by other specs
  // are not all digits (E2E-…).
  const cards = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell") })
    .filter({ hasText: /Số thẻ \S/ });
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(5);
  const box = await cards.first().boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  const name = (await cards.first().getByRole("link").boundingBox())!;
  const status = (await cards.first().getByRole("cell").last().boundingBox())!;
  const card = (await cards
    .first()
    .getByText(/^Số thẻ/)
    .boundingBox())!;
  expect(Math.abs(status.y - name.y)).toBeLessThan(8);
  expect(status.x).toBeGreaterThan(name.x + name.width);
  expect(card.y).toBeGreaterThan(name.y + name.height);
  // The header row is a bar of sort links, not table headings squeezed above the cards.
  await expect(page.getByRole("link", { name: /^Năm sinh/ })).toBeVisible();
  expect(
    (await page.getByRole("columnheader", { name: "Tổ công đoàn" }).boundingBox())!.width,
  ).toBeLessThanOrEqual(1);
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
