// Emulation registration end to end on the demo unit, this year (tests/support/today.ts), with the
// year's deadline set to yesterday for the file (and put back after): refused until the BCH allows it late; registered on a phone; forwarded by the tổ trưởng;
// returned by the BCH with a reason; fixed and resubmitted; approved. Women-only title for men.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { callAction } from "./actions";
import { createMember } from "./data";
import { e2eDb } from "./db";
import { login, toast } from "./helpers";
import { makeUser } from "../factories/records";
import { daysFromToday, DEMO_YEAR, typed, demoYearLabel } from "../support/today";

const GVN = "Giỏi việc nước, đảm việc nhà";

async function memberWithAccount(gender: "MALE" | "FEMALE") {
  const m = await createMember("Tổ Toán – Tin", {
    gender,
    fullName: `${gender === "FEMALE" ? "Đào Thị" : "Đào Văn"} Thi Đua ${randomUUID().slice(0, 8)}`,
  });
  const email = `td-${m.id.slice(-8)}@demo.vn`;
  await makeUser(e2eDb(), { unitId: m.unitId, email, password: "Demo@2026", memberId: m.id });
  return { m, email };
}

const emulationAction = async (page: Page, name: string, args: unknown[], path = "/me") =>
  (await callAction(page, name, args, path, "lib/emulation/actions.ts")).body;

const thisYear = async () => {
  const unit = await e2eDb().unit.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  return e2eDb().emulationYear.findFirstOrThrow({ where: { unitId: unit.id, year: DEMO_YEAR } });
};

// The late path needs a deadline that has passed, whatever day the suite runs as of.
const YESTERDAY = daysFromToday(-1);
let seededDeadline: Date;
test.beforeAll(async () => {
  const year = await thisYear();
  seededDeadline = year.registrationDeadline;
  await e2eDb().emulationYear.update({ where: { id: year.id }, data: { registrationDeadline: YESTERDAY } });
});
test.afterAll(async () => {
  await e2eDb().emulationYear.update({
    where: { id: (await thisYear()).id },
    data: { registrationDeadline: seededDeadline },
  });
});

test("late registration on a phone: refused, allowed by the BCH, forwarded, returned, fixed, approved", async ({
  browser,
}) => {
  test.setTimeout(180_000); // a long flow across three roles
  const { m, email } = await memberWithAccount("FEMALE");
  const year = await thisYear();
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await phone.newPage();
  await login(page, email);
  await expect(page.getByTestId("me-due")).toContainText(`Đăng ký thi đua ${demoYearLabel(DEMO_YEAR)}`);
  await expect(page.getByTestId("me-due")).toContainText(`Đã quá hạn ${typed(YESTERDAY)}`);
  await page.goto("/me/emulation");
  await expect(page.getByTestId("deadline-passed")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gửi đăng ký" })).toBeDisabled();
  await expect(page.getByText(GVN).first()).toBeVisible(); // offered to a woman
  // A forged submit is refused on the server too.
  const ldtt = await e2eDb().emulationTitle.findFirstOrThrow({
    where: { unitId: m.unitId, name: "Lao động tiên tiến" },
  });
  const forged = await emulationAction(
    page,
    "saveOwnRegistrationAction",
    [
      {
        yearId: year.id,
        titleIds: [ldtt.id],
        movementIds: [],
        commitments: [{ kind: "STUDY", content: "Học thêm chuyên đề", target: "" }],
        intent: "submit",
      },
    ],
    "/me/emulation",
  );
  expect(forged).toContain("quá hạn");
  expect(await e2eDb().emulationRegistration.count({ where: { memberId: m.id, state: "SUBMITTED" } })).toBe(
    0,
  );

  // The BCH allows her to register late, from the tổ's roster.
  const bch = await browser.newPage();
  await login(bch, "chair");
  await bch.goto(`/emulation/groups/${m.groupId}?year=${DEMO_YEAR}`);
  await expect(bch.getByTestId("reminder-list")).toContainText(m.fullName);
  await bch
    .locator(`tr[data-member="${m.fullName}"]`)
    .getByRole("button", { name: "Cho đăng ký muộn" })
    .click();
  await bch.getByRole("dialog").getByRole("button", { name: "Cho phép" }).click();
  await expect(toast(bch, "success")).toContainText("đăng ký muộn");

  // She registers on the phone.
  await page.reload();
  await page.getByText("Lao động tiên tiến").click();
  await page.getByText("Lao động giỏi – Lao động sáng tạo").click();
  await page.getByLabel("Nội dung").first().fill("Hoàn thành bồi dưỡng thường xuyên");
  await page.getByLabel("Chỉ tiêu đo được (nếu có)").first().fill("1 chuyên đề");
  await page.getByRole("button", { name: "+ Thêm cam kết" }).click();
  await page.getByLabel("Nội dung").nth(1).fill("Tham gia hội thao công đoàn");
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(toast(page, "success")).toContainText("Đã gửi bản đăng ký");
  await expect(page.getByText("Chờ duyệt").first()).toBeVisible();
  const reg = await e2eDb().emulationRegistration.findFirstOrThrow({
    where: { memberId: m.id, yearId: year.id },
    include: { commitments: true },
  });
  expect(reg.state).toBe("SUBMITTED");
  expect(reg.commitments.map((c) => c.content)).toEqual([
    "Hoàn thành bồi dưỡng thường xuyên",
    "Tham gia hội thao công đoàn",
  ]);

  // The tổ trưởng forwards it.
  const leader = await browser.newPage();
  await login(leader, "leader");
  await leader.goto(`/emulation/groups/${m.groupId}?year=${DEMO_YEAR}`);
  await leader.locator(`tr[data-member="${m.fullName}"]`).getByRole("button", { name: "Chuyển" }).click();
  await leader.getByRole("dialog").getByRole("button", { name: "Chuyển" }).click();
  await expect(toast(leader, "success")).toContainText("Đã chuyển 1 bản đăng ký");
  expect((await e2eDb().emulationRegistration.findUniqueOrThrow({ where: { id: reg.id } })).state).toBe(
    "FORWARDED",
  );

  // The BCH returns it with a reason.
  await bch.goto(`/emulation/registrations?year=${DEMO_YEAR}&q=${encodeURIComponent(m.fullName)}`);
  const item = bch.locator(`li[data-registration="${m.fullName}"]`);
  await expect(item).toContainText("Tổ đã chuyển");
  await item.getByRole("button", { name: "Từ chối" }).click();
  await bch.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
  await expect(bch.getByRole("dialog").locator("[data-field-error]")).toHaveText(
    "Nhập lý do (ít nhất 5 ký tự).",
  );
  await bch.getByRole("dialog").getByLabel("Lý do").fill("Cam kết thứ hai chưa có chỉ tiêu");
  await bch.getByRole("dialog").getByRole("button", { name: "Xác nhận" }).click();
  await expect(toast(bch, "success")).toContainText("Đã trả lại");

  // She fixes and resubmits.
  await page.reload();
  await expect(page.getByTestId("return-reason")).toContainText("Cam kết thứ hai chưa có chỉ tiêu");
  await page.getByLabel("Chỉ tiêu đo được (nếu có)").nth(1).fill("2 môn thi đấu");
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(toast(page, "success")).toContainText("Đã gửi bản đăng ký");

  // The BCH approves it.
  await bch.goto(`/emulation/registrations?year=${DEMO_YEAR}&q=${encodeURIComponent(m.fullName)}`);
  await bch.locator(`li[data-registration="${m.fullName}"]`).getByRole("button", { name: "Duyệt" }).click();
  await bch.getByRole("dialog").getByRole("button", { name: "Duyệt" }).click();
  await expect(toast(bch, "success")).toContainText("Đã duyệt");
  const done = await e2eDb().emulationRegistration.findUniqueOrThrow({
    where: { id: reg.id },
    include: { commitments: { orderBy: { position: "asc" } } },
  });
  expect(done.state).toBe("APPROVED");
  expect(done.lateAllowedAt).not.toBeNull();
  expect(done.commitments[1].target).toBe("2 môn thi đấu");
  await page.reload();
  await expect(page.getByText("Đã duyệt").first()).toBeVisible();
  await phone.close();
});

test("a male member is not offered the women-only title or movement, and a forged pick is refused", async ({
  page,
}) => {
  const { m, email } = await memberWithAccount("MALE");
  const year = await thisYear();
  await login(page, email);
  await page.goto("/me/emulation");
  await expect(page.getByText("Lao động tiên tiến")).toBeVisible();
  await expect(page.getByText(GVN)).toHaveCount(0);
  const title = await e2eDb().emulationTitle.findFirstOrThrow({ where: { unitId: m.unitId, name: GVN } });
  const body = await emulationAction(
    page,
    "saveOwnRegistrationAction",
    [{ yearId: year.id, titleIds: [title.id], movementIds: [], commitments: [], intent: "draft" }],
    "/me/emulation",
  );
  expect(body).toContain("chỉ dành cho nữ đoàn viên");
  expect(await e2eDb().emulationRegistration.count({ where: { memberId: m.id } })).toBe(0);
});
