// Annual rating access: a tổ trưởng cannot decide final levels (no UI, action refused); a member
// never sees another member's level (page and HTML) before or after publication; a finalised
// year shows no forms and refuses a direct action call, the database unchanged.
import { expect, test, type Page } from "@playwright/test";
import { callAction } from "./actions";
import { e2eDb } from "./db";
import { ACCOUNTS, login } from "./helpers";
import { DEMO_LAST_YEAR, DEMO_YEAR, demoYearHeading, demoYearLabel } from "../support/today";

const callRatingAction = (page: Page, name: string, args: unknown[], path = "/me") =>
  callAction(page, name, args, path, "lib/rating/decision/actions.ts");

const years = () =>
  e2eDb().ratingYear.findMany({
    where: { unit: { users: { some: { email: ACCOUNTS.chair } } } },
    orderBy: { year: "asc" },
  });
const snapshot = (ratingYearId: string) =>
  e2eDb().memberRating.findMany({
    where: { ratingYearId },
    orderBy: { id: "asc" },
    select: { id: true, finalLevel: true, exceptionReason: true, version: true },
  });

test("a tổ trưởng cannot decide final levels: no screen, and the action is refused", async ({ page }) => {
  const open = (await years()).find((y) => y.status === "OPEN")!;
  const target = await e2eDb().memberRating.findFirstOrThrow({
    where: { ratingYearId: open.id, excludedReason: null },
    orderBy: { id: "asc" },
  });
  await login(page, "leader");
  await page.goto(`/rating?year=${open.year}`);
  await expect(page).toHaveURL(/\/rating\/groups/);
  await expect(page.getByRole("button", { name: "Lưu mức xếp loại" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Chấp nhận đề xuất của tổ" })).toHaveCount(0);
  const before = await snapshot(open.id);
  const res = await callRatingAction(page, "decideMemberLevelAction", [
    {
      memberRatingId: target.id,
      version: target.version,
      level: "Hoàn thành tốt nhiệm vụ",
      exceptionReason: "",
    },
  ]);
  expect(res.body).toContain("FORBIDDEN");
  const bulk = await callRatingAction(page, "acceptGroupProposalsAction", [
    { ratingYearId: open.id, groupId: "" },
  ]);
  expect(bulk.body).toContain("FORBIDDEN");
  expect(await snapshot(open.id)).toEqual(before);
});

test("a member sees only their own level, only once published", async ({ page }) => {
  const all = await years();
  // The demo's last year is finalised and published; this year is still in tổ review.
  const published = all.find((y) => y.year === DEMO_LAST_YEAR)!;
  const unpublished = all.find((y) => y.year === DEMO_YEAR)!;
  expect(published.publishedAt).not.toBeNull();
  expect(unpublished.publishedAt).toBeNull();
  const me = await e2eDb().user.findUniqueOrThrow({
    where: { email: ACCOUNTS.member },
    select: { memberId: true },
  });
  const other = await e2eDb().memberRating.findFirstOrThrow({
    where: { ratingYearId: published.id, memberId: { not: me.memberId! }, finalLevel: { not: null } },
    include: { member: true },
  });
  await login(page, "member");
  await page.goto("/me/rating");
  const html = await page.content();
  expect(html).not.toContain(other.member.fullName);
  const card = (year: number) =>
    page.locator("section").filter({ has: page.getByRole("heading", { name: demoYearHeading(year) }) });
  await expect(card(unpublished.year)).toContainText("Chưa công bố");
  // Nothing of a level in the unpublished year's card, whatever the member's row holds.
  for (const level of ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành nhiệm vụ", "Không hoàn thành"])
    await expect(card(unpublished.year)).not.toContainText(level);
  const mine = await e2eDb().memberRating.findFirst({
    where: { ratingYearId: published.id, memberId: me.memberId! },
  });
  // The demo's đoàn viên was rated last year, and the unit keeps the list to itself.
  expect(mine?.excludedReason).toBeNull();
  expect(mine?.finalLevel).toBeTruthy();
  await expect(card(published.year).getByTestId("own-level")).toHaveText(mine!.finalLevel!);
  expect(published.publishList).toBe(false);
  await page.goto(`/me/rating?list=${published.year}`);
  await expect(
    page.getByText(`Đơn vị không công bố danh sách ${demoYearLabel(published.year)}`),
  ).toBeVisible();
  expect(await page.content()).not.toContain(other.member.fullName);
  await page.goto(`/me/rating?list=${unpublished.year}`);
  expect(await page.content()).not.toContain(other.member.fullName);
  // The BCH screen is not theirs.
  const res = await page.goto(`/rating?year=${published.year}`);
  expect(res?.status()).toBe(404);
});

test("a finalised year has no forms and refuses a direct action call", async ({ page }) => {
  const locked = (await years()).find((y) => y.status === "FINALISED")!;
  const target = await e2eDb().memberRating.findFirstOrThrow({
    where: { ratingYearId: locked.id, excludedReason: null, finalLevel: { not: null } },
    orderBy: { id: "asc" },
  });
  await login(page, "chair");
  await page.goto(`/rating?year=${locked.year}`);
  await expect(page.getByTestId("locked-banner")).toContainText("đã chốt");
  await expect(page.getByRole("button", { name: "Lưu mức xếp loại" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Chấp nhận đề xuất của tổ" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Chốt kết quả" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mở lại" })).toBeVisible();
  await page.goto(`/rating/settings?year=${locked.year}`);
  await expect(page.getByRole("button", { name: "Lưu cài đặt" })).toHaveCount(0);
  const before = await snapshot(locked.id);
  const res = await callRatingAction(page, "decideMemberLevelAction", [
    {
      memberRatingId: target.id,
      version: target.version,
      level: "Không hoàn thành nhiệm vụ",
      exceptionReason: "",
    },
  ]);
  expect(res.body).toContain("CONFLICT");
  expect(res.body).toContain("đã chốt");
  expect(await snapshot(locked.id)).toEqual(before);
});
