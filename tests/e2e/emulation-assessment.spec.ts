// Self-assessment end to end on the demo unit, this year (the demo's window always takes in the
// day the suite runs as of: prisma/seed/emulation.ts assessmentWindow), the
// limits on what a member can reach, and the printouts.
import { expect, test, type Page } from "@playwright/test";
import { callAction } from "./actions";
import { createMember } from "./data";
import { memberOfAccount } from "./data";
import { e2eDb } from "./db";
import { ACCOUNTS, expectNotFound, login, toast } from "./helpers";
import { makeUser } from "../factories/records";
import { DEMO_LAST_YEAR, DEMO_YEAR, demoYearTitle, SUITE_MOMENT, demoYearLabel } from "../support/today";

const emulationAction = async (page: Page, name: string, args: unknown[], path: string) =>
  (await callAction(page, name, args, path, "lib/emulation/actions.ts")).body;

async function approvedMember() {
  const m = await createMember("Tổ Toán – Tin", { gender: "FEMALE" });
  const email = `tdg-${m.id.slice(-8)}@demo.vn`;
  await makeUser(e2eDb(), { unitId: m.unitId, email, password: "Demo@2026", memberId: m.id });
  const year = await e2eDb().emulationYear.findFirstOrThrow({
    where: { unitId: m.unitId, year: DEMO_YEAR },
    include: { criteria: { orderBy: { position: "asc" } } },
  });
  const reg = await e2eDb().emulationRegistration.create({
    data: {
      yearId: year.id,
      subjectKey: `m:${m.id}`,
      memberId: m.id,
      state: "APPROVED",
      titleIds: [],
      movementIds: [],
      firstSubmittedAt: SUITE_MOMENT,
      decidedAt: SUITE_MOMENT,
      commitments: {
        create: [
          { position: 1, kind: "STUDY", content: "Hoàn thành chuyên đề dạy học STEM", target: "1 chuyên đề" },
          { position: 2, kind: "TASK", content: "Bồi dưỡng học sinh giỏi", target: "2 giải" },
        ],
      },
    },
  });
  return { m, email, year, reg };
}

test("self-assesses against the registered commitments: live total and level, above-max refused by the field", async ({
  page,
}) => {
  test.setTimeout(180_000); // a long flow across three roles
  const { m, email, year } = await approvedMember();
  await login(page, email);
  await expect(page.getByTestId("me-due")).toContainText(`Tự đánh giá, xếp loại ${demoYearLabel(DEMO_YEAR)}`);
  await page.goto("/me/emulation/assessment");
  await expect(page.getByTestId("outcome")).toHaveCount(2);
  await expect(page.getByTestId("outcome").first()).toContainText("Hoàn thành chuyên đề dạy học STEM");
  const [first, ...rest] = year.criteria;
  // Full marks everywhere but one point short on the last: 99 → xuất sắc; then 89 → tốt.
  await page.locator(`#scores\\.${first.id}`).fill(String(first.maxPoints + 1));
  await expect(page.locator(`[data-field-error="scores.${first.id}"]`)).toHaveText(
    `Tối đa ${first.maxPoints} điểm.`,
  );
  await page.locator(`#scores\\.${first.id}`).fill(String(first.maxPoints));
  await expect(page.locator(`[data-field-error="scores.${first.id}"]`)).toBeHidden();
  for (const c of rest) await page.locator(`#scores\\.${c.id}`).fill(String(c.maxPoints));
  const last = rest.reduce((a, b) => (b.maxPoints > a.maxPoints ? b : a));
  await page.locator(`#scores\\.${last.id}`).fill(String(last.maxPoints - 10));
  await expect(page.getByTestId("total-points")).toHaveText("90");
  await expect(page.getByTestId("implied-level")).toHaveText("Hoàn thành xuất sắc nhiệm vụ");
  await page.locator(`#scores\\.${last.id}`).fill(String(last.maxPoints - 11));
  await expect(page.getByTestId("total-points")).toHaveText("89");
  await expect(page.getByTestId("implied-level")).toHaveText("Hoàn thành tốt nhiệm vụ");

  await page.getByRole("button", { name: "Nộp phiếu" }).click();
  await expect(page.locator('[data-field-error="outcomes.0.result"]')).toHaveText(
    "Chọn mức thực hiện trước khi nộp.",
  );
  await page.getByTestId("outcome").nth(0).getByLabel("Đạt", { exact: true }).check();
  await page.getByTestId("outcome").nth(1).getByLabel("Đạt một phần").check();
  await page.getByLabel("Minh chứng").nth(1).fill("1 giải cấp tỉnh");
  await page.getByRole("button", { name: "Nộp phiếu" }).click();
  await expect(toast(page, "success")).toHaveText("Đã nộp phiếu tự đánh giá.");
  await expect(page.getByText("Tổng 89 điểm · Hoàn thành tốt nhiệm vụ")).toBeVisible();
  const a = await e2eDb().emulationSelfAssessment.findFirstOrThrow({
    where: { memberId: m.id },
    include: { outcomes: true },
  });
  expect(a).toMatchObject({ state: "SUBMITTED", totalPoints: 89, proposedLevel: "Hoàn thành tốt nhiệm vụ" });
  expect(a.outcomes.map((o) => o.result).sort()).toEqual(["MET", "PARTLY_MET"]);

  // The phiếu shows the same total, and the tổ column stays empty.
  await page.goto(`/print/emulation/assessment?year=${DEMO_YEAR}`);
  await expect(
    page.getByRole("heading", { name: `PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN ${demoYearTitle(DEMO_YEAR)}` }),
  ).toBeVisible();
  const totalRow = page.getByRole("row", { name: /Tổng cộng/ });
  await expect(totalRow.getByRole("cell").nth(3)).toHaveText("89");
  const pdf = await page.request.get(`/api/emulation/assessment?year=${DEMO_YEAR}`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
});

test("a member cannot see or change another member's registration or self-assessment", async ({ page }) => {
  const other = await approvedMember();
  const a = await e2eDb().emulationSelfAssessment.create({
    data: {
      yearId: other.year.id,
      memberId: other.m.id,
      state: "SUBMITTED",
      totalPoints: 80,
      proposedLevel: "Hoàn thành tốt nhiệm vụ",
      submittedAt: SUITE_MOMENT,
    },
  });
  const me = await memberOfAccount(ACCOUNTS.member);
  await login(page, "member");
  await expectNotFound(page, `/print/emulation/assessment?year=${DEMO_YEAR}&member=${other.m.id}`);
  expect(
    (await page.request.get(`/api/emulation/assessment?year=${DEMO_YEAR}&member=${other.m.id}`)).status(),
  ).toBe(404);
  await expectNotFound(page, `/emulation/groups/${other.m.groupId}?year=${DEMO_YEAR}`);
  await expectNotFound(page, `/emulation/registrations?year=${DEMO_YEAR}`);
  await page.goto("/me/emulation");
  const refused = [
    await emulationAction(
      page,
      "decideRegistrationsAction",
      [{ yearId: other.year.id, registrationIds: [other.reg.id], decision: "RETURN", reason: "Thử trả lại" }],
      "/me/emulation",
    ),
    await emulationAction(
      page,
      "returnSelfAssessmentAction",
      [{ assessmentId: a.id, reason: "Thử trả lại phiếu" }],
      "/me/emulation",
    ),
    await emulationAction(
      page,
      "forwardRegistrationsAction",
      [{ yearId: other.year.id, groupId: other.m.groupId, registrationIds: [other.reg.id] }],
      "/me/emulation",
    ),
  ];
  for (const body of refused) expect(body).toContain('"code":"FORBIDDEN"');
  // Saving "my" assessment with someone else's id in the payload still only touches mine.
  const body = await emulationAction(
    page,
    "saveSelfAssessmentAction",
    [
      {
        yearId: other.year.id,
        memberId: other.m.id,
        assessmentId: a.id,
        scores: {},
        comment: "x",
        outcomes: [],
        intent: "draft",
      },
    ],
    "/me/emulation/assessment",
  );
  expect(body).toContain('"ok":true');
  expect(await e2eDb().emulationSelfAssessment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
    state: "SUBMITTED",
    totalPoints: 80,
    comment: null,
  });
  expect((await e2eDb().emulationRegistration.findUniqueOrThrow({ where: { id: other.reg.id } })).state).toBe(
    "APPROVED",
  );
  expect(
    await e2eDb().emulationSelfAssessment.count({ where: { memberId: me.id, yearId: other.year.id } }),
  ).toBe(1);
});

test("the BCH prints the year's registration and downloads it as PDF and Excel", async ({ page }) => {
  await login(page, "chair");
  await page.goto(`/print/emulation/registrations?year=${DEMO_LAST_YEAR}`);
  await expect(
    page.getByRole("heading", { name: `BẢN ĐĂNG KÝ THI ĐUA ${demoYearTitle(DEMO_LAST_YEAR)}` }),
  ).toBeVisible();
  await expect(page.getByText("I. PHONG TRÀO THI ĐUA")).toBeVisible();
  await expect(page.getByText("II. DANH HIỆU TẬP THỂ")).toBeVisible();
  await expect(page.getByRole("table").nth(2)).toContainText("Phạm Minh Tuấn");
  const pdf = await page.request.get(`/api/emulation/registrations?year=${DEMO_LAST_YEAR}&format=pdf`);
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
  const xlsx = await page.request.get(`/api/emulation/registrations?year=${DEMO_LAST_YEAR}&format=xlsx`);
  expect(xlsx.headers()["content-disposition"]).toContain(`dang-ky-thi-dua-${DEMO_LAST_YEAR}.xlsx`);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
});
