// Hostile input against the built server (the fuzz test's cases, bundled as in production): each
// is refused with a field error or a 4xx, never "Đã có lỗi không mong muốn" or a 500, and the
// database is unchanged. Cross-site writes get 403; a broken callbackUrl is no 500.
import { readFileSync } from "node:fs";
import { type Check, type Ctx, fail, pass, show } from "./context";
import { diff, fingerprint } from "./server";
import { formulaXlsx } from "./xlsx";

const EVIL = "https://evil.example";

async function memberBase(ctx: Ctx) {
  const [g] = await ctx.sql<{ id: string }>(
    `SELECT g.id FROM "Group" g JOIN "Member" m ON m."groupId" = g.id JOIN "User" u ON u."memberId" = m.id
     WHERE u.email = 'chutich@demo.vn'`,
  );
  return {
    fullName: "Phạm Thị Kiểm Thử",
    gender: "FEMALE",
    dateOfBirth: "",
    idNumber: "",
    hometown: "",
    ethnicity: "",
    phone: "",
    email: "",
    jobTitle: "",
    department: "",
    qualification: "",
    isPartyMember: false,
    partyJoinedOn: "",
    contractType: "",
    cardNumber: "",
    joinedUnionOn: "01/09/2015",
    insuranceSalary: "",
    groupId: g.id,
    note: "",
  };
}

async function visitBase(ctx: Ctx) {
  const [v] = await ctx.sql<{ memberId: string; categoryId: string; eventOn: Date; fund: string }>(
    `SELECT "memberId", "categoryId", "eventOn", fund::text AS fund FROM "WelfareVisit" ORDER BY "eventOn" DESC LIMIT 1`,
  );
  const d = new Date(v.eventOn);
  const day = `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
  return {
    memberId: v.memberId,
    categoryId: v.categoryId,
    relativeName: "",
    relationship: "",
    eventOn: day,
    visitedOn: "",
    amount: "500.000",
    giftInKind: "",
    fund: v.fund,
    receiptNumber: "",
    note: "",
    visitorIds: [],
    // Above the rate table's cap: the BCH's decision is given, so only the amount itself can be refused.
    overrideReason: "BCH quyết định chi vượt mức",
    overrideDecisionRef: "QĐ 01/2026",
  };
}

type Case = { what: string; file: string; name: string; arg: unknown; field?: string };

/** Every case refused as VALIDATION (with the field's error when `field` is named), DB unchanged. */
async function refusedAll(ctx: Ctx, cases: Case[]) {
  const before = await fingerprint(ctx.target.databaseUrl);
  const bad: string[] = [];
  for (const c of cases) {
    const r = await ctx.as.chair.action(ctx.action(c.file, c.name), c.arg);
    const res = r.result as { ok?: boolean; code?: string; fieldErrors?: Record<string, string> } | undefined;
    const fieldOk = !c.field || !!res?.fieldErrors?.[c.field];
    if (r.status >= 500 || res?.ok !== false || res.code !== "VALIDATION" || !fieldOk)
      bad.push(`${c.what} → HTTP ${r.status} ${show(res)}`);
  }
  const changed = diff(before, await fingerprint(ctx.target.databaseUrl));
  if (changed.length) bad.push(`cơ sở dữ liệu đổi: ${changed.join(", ")}`);
  return bad.length
    ? fail(bad.join(" | "))
    : pass(`${cases.length} trường hợp: lỗi ở ô nhập, CSDL không đổi`);
}

const M = "lib/members/actions.ts";

export const inputChecks: Check[] = [
  {
    id: "unstorable-text",
    finding: "NUL, lone surrogate, amounts above int4 → field error, not “lỗi không mong muốn”",
    run: async (ctx) => {
      const m = await memberBase(ctx);
      const v = await visitBase(ctx);
      return refusedAll(ctx, [
        {
          what: "NUL in fullName",
          file: M,
          name: "createMemberAction",
          arg: { ...m, fullName: "Nguyễn\u0000Văn A" },
          field: "fullName",
        },
        {
          what: "lone surrogate in fullName",
          file: M,
          name: "createMemberAction",
          arg: { ...m, fullName: "Trần \uD800 B" },
          field: "fullName",
        },
        { what: "NUL in note", file: M, name: "createMemberAction", arg: { ...m, note: "ghi\u0000chú" } },
        {
          what: "lone surrogate in note",
          file: M,
          name: "createMemberAction",
          arg: { ...m, note: "ghi \uDC00 chú" },
        },
        {
          what: "insuranceSalary 9999999999",
          file: M,
          name: "createMemberAction",
          arg: { ...m, insuranceSalary: "9999999999" },
          field: "insuranceSalary",
        },
        {
          what: "amount 2.147.483.648",
          file: "lib/welfare/actions.ts",
          name: "createVisitAction",
          arg: { ...v, amount: "2.147.483.648" },
          field: "amount",
        },
      ]);
    },
  },
  {
    id: "decimal-salary",
    finding: "insuranceSalary “5000000.5” stored as 50.000.005",
    run: async (ctx) => {
      const m = await memberBase(ctx);
      return refusedAll(ctx, [
        {
          what: "5000000.5",
          file: M,
          name: "createMemberAction",
          arg: { ...m, insuranceSalary: "5000000.5" },
          field: "insuranceSalary",
        },
        {
          what: "5.000.000,5",
          file: M,
          name: "createMemberAction",
          arg: { ...m, insuranceSalary: "5.000.000,5" },
          field: "insuranceSalary",
        },
        {
          what: "50.00.000",
          file: M,
          name: "createMemberAction",
          arg: { ...m, insuranceSalary: "50.00.000" },
          field: "insuranceSalary",
        },
      ]);
    },
  },
  {
    id: "invisible-names",
    finding: "a name of zero-width spaces, a name with a right-to-left override",
    run: async (ctx) => {
      const m = await memberBase(ctx);
      return refusedAll(ctx, [
        {
          what: "zero-width spaces",
          file: M,
          name: "createMemberAction",
          arg: { ...m, fullName: "\u200B\u200B\u200B" },
          field: "fullName",
        },
        {
          what: "RTL override",
          file: M,
          name: "createMemberAction",
          arg: { ...m, fullName: "Lê Văn \u202EC" },
          field: "fullName",
        },
        {
          what: "digits only",
          file: M,
          name: "createMemberAction",
          arg: { ...m, fullName: "12345" },
          field: "fullName",
        },
      ]);
    },
  },
  {
    id: "nul-file-name",
    finding: "a NUL in an uploaded file name answers 500",
    run: async (ctx) => {
      const path = "/tmp/redteam-formula.xlsx";
      await formulaXlsx(path);
      const before = await fingerprint(ctx.target.databaseUrl);
      const r = await ctx.as.chair.upload(
        "/api/members/import",
        new Blob([readFileSync(path)]),
        "danh\u0000sach.xlsx",
      );
      const changed = diff(before, await fingerprint(ctx.target.databaseUrl));
      const ok = r.status >= 400 && r.status < 500 && !changed.length;
      return (ok ? pass : fail)(
        `HTTP ${r.status} ${show(r.json ?? r.text)}${changed.length ? `; CSDL đổi: ${changed.join(", ")}` : ""}`,
      );
    },
  },
  {
    id: "cross-site-origin",
    finding: "cross-site Origin: the upload accepted, server actions a 500 instead of 403",
    run: async (ctx) => {
      const path = "/tmp/redteam-formula.xlsx";
      await formulaXlsx(path);
      const before = await fingerprint(ctx.target.databaseUrl);
      const up = await ctx.as.chair.upload(
        "/api/members/import",
        new Blob([readFileSync(path)]),
        "ds.xlsx",
        EVIL,
      );
      const act = await ctx.as.chair.action(ctx.action(M, "createMemberAction"), await memberBase(ctx), EVIL);
      const nul = await ctx.as.chair.action(
        ctx.action(M, "createMemberAction"),
        await memberBase(ctx),
        "null",
      );
      const changed = diff(before, await fingerprint(ctx.target.databaseUrl));
      const detail = `upload ${up.status}, action ${act.status}, action (Origin: null) ${nul.status}${changed.length ? `; CSDL đổi: ${changed.join(", ")}` : ""}`;
      return (up.status === 403 && act.status === 403 && nul.status === 403 && !changed.length ? pass : fail)(
        detail,
      );
    },
  },
  {
    id: "signin-callback-url",
    finding: "/api/auth/signin?callbackUrl=x answers 500",
    run: async (ctx) => {
      const c = ctx.client("khách");
      const statuses = [];
      for (const q of ["x", "javascript:alert(1)", "//evil.example", "https://evil.example/"]) {
        const r = await c.fetch(`/api/auth/signin?callbackUrl=${encodeURIComponent(q)}`);
        await r.arrayBuffer();
        statuses.push(
          `${q} → ${r.status}${r.headers.get("location") ? ` ${r.headers.get("location")}` : ""}`,
        );
        if (r.status >= 500) return fail(statuses.join("; "));
        const loc = r.headers.get("location") ?? "";
        if (/evil\.example|javascript:/i.test(decodeURIComponent(loc).replace(/callbackUrl=[^&]*/, "")))
          return fail(`chuyển sang trang ngoài: ${statuses.join("; ")}`);
      }
      return pass(statuses.join("; "));
    },
  },
];
