// The UBKT (ủy ban kiểm tra) reads every record and changes none.
import { expect, test } from "@playwright/test";
import { callAction, formValuesFor } from "./actions";
import { createMember, groupByName, snapshotMember, uniqueCard, uniqueName } from "./data";
import { e2eDb } from "./db";
import { detailValue, expectNotFound, login } from "./helpers";

test("sees the member list and a record, without any button that changes data", async ({ page }) => {
  const member = await createMember("Tổ Ngoại ngữ");
  await login(page, "ubkt");
  await page.goto("/members");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đoàn viên");
  await expect(page.getByText("Toàn đơn vị")).toBeVisible();
  await expect(page.getByRole("table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Thêm đoàn viên/ })).toHaveCount(0);

  await page.goto(`/members/${member.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(member.fullName);
  await expect(detailValue(page, "Tổ công đoàn")).toHaveText("Tổ Ngoại ngữ");
  await expect(page.getByRole("heading", { name: "Nhật ký thay đổi" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sửa hồ sơ" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Thay đổi sinh hoạt…" })).toHaveCount(0);
});

test("gets not-found for the new-member and edit pages", async ({ page }) => {
  const member = await createMember("Tổ Ngoại ngữ");
  await login(page, "ubkt");
  await expectNotFound(page, "/members/new");
  await expectNotFound(page, `/members/${member.id}/edit`);
});

test("calling updateMember directly is refused and the record is unchanged", async ({ page }) => {
  const member = await createMember("Tổ Ngoại ngữ", { phone: "0905000111" });
  const before = await snapshotMember(member.id);
  await login(page, "ubkt");
  const result = await callAction(
    page,
    "updateMemberAction",
    [
      {
        id: member.id,
        version: member.version,
        values: formValuesFor(member, { phone: "0999888777", fullName: "Tên Bị Sửa" }),
      },
    ],
    "/members",
  );
  expect(result.body).toContain('"ok":false');
  expect(result.body).toContain('"code":"FORBIDDEN"');
  expect(await snapshotMember(member.id)).toBe(before);
  expect(await e2eDb().auditLog.count({ where: { entityId: member.id, action: "member.update" } })).toBe(0);
});

test("calling createMember directly is refused and nothing is created", async ({ page }) => {
  const group = await groupByName("Tổ Ngoại ngữ");
  const fullName = uniqueName();
  await login(page, "ubkt");
  const values = formValuesFor({
    fullName,
    gender: "FEMALE",
    dateOfBirth: new Date("1990-01-01"),
    cardNumber: uniqueCard(),
    joinedUnionOn: new Date("2015-09-01"),
    groupId: group.id,
  });
  const result = await callAction(page, "createMemberAction", [values], "/members");
  expect(result.body).toContain('"ok":false');
  expect(result.body).toContain('"code":"FORBIDDEN"');
  expect(
    await e2eDb().member.count({ where: { OR: [{ fullName }, { cardNumber: values.cardNumber }] } }),
  ).toBe(0);
  expect(
    await e2eDb().auditLog.count({
      where: { action: "member.create", after: { path: ["fullName"], equals: fullName } },
    }),
  ).toBe(0);
});
