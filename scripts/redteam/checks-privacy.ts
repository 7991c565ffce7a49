// What lets the BCH link an anonymous opinion to its author, and what a tổ trưởng may count.
import { randomUUID } from "node:crypto";
import { type Check, fail, pass, show } from "./context";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const VN_OFFSET_MS = 7 * 3600_000;
const DATETIME_SHOWN = /\b\d{1,2}:\d{2}(:\d{2})? \d{2}\/\d{2}\/\d{4}\b/;
const ISO_MOMENT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export const privacyChecks: Check[] = [
  {
    id: "opinion-timing",
    finding: "anonymous opinion ids (cuid) and times give away the moment it was sent",
    run: async (ctx) => {
      const topic = `Kiểm thử ẩn danh ${randomUUID().slice(0, 8)}`;
      const r = await ctx.as.member.action(ctx.action("lib/opinions/actions.ts", "sendOpinionAction"), {
        topic,
        body: "Ý kiến gửi ẩn danh để kiểm tra.",
        isAnonymous: true,
      });
      const res = r.result as { ok?: boolean; data?: { id: string } };
      if (!res?.ok || !res.data) return fail(`không gửi được: HTTP ${r.status} ${show(res)}`);
      const id = res.data.id;
      const problems: string[] = [];
      if (!UUID_V4.test(id)) problems.push(`id ${id} không phải UUID ngẫu nhiên`);
      const [row] = await ctx.sql<{ createdAt: Date; updatedAt: Date }>(
        `SELECT "createdAt", "updatedAt" FROM "Opinion" WHERE id = $1`,
        [id],
      );
      for (const [k, v] of Object.entries(row ?? {}))
        if ((new Date(v).getTime() + VN_OFFSET_MS) % 86_400_000 !== 0)
          problems.push(`${k} lưu đến ${new Date(v).toISOString()} (không phải đầu ngày)`);
      const page = await ctx.as.chair.page("/opinions");
      const at = page.html.indexOf(topic);
      if (at < 0) problems.push("không thấy ý kiến trong /opinions");
      else {
        const item = page.html.slice(
          page.html.lastIndexOf('data-testid="opinion"', at),
          page.html.indexOf("</li>", at),
        );
        const time = DATETIME_SHOWN.exec(item.replace(/<[^>]+>/g, ""));
        if (time) problems.push(`/opinions hiện giờ gửi ${time[0]}`);
      }
      const cuids = page.html.match(/\bc[a-z0-9]{24}\b/g) ?? [];
      const [{ n }] = await ctx.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Opinion" WHERE "isAnonymous" AND id = ANY($1::text[])`,
        [cuids],
      );
      if (n) problems.push(`/opinions chứa ${n} id cuid của ý kiến ẩn danh`);
      return problems.length ? fail(problems.join("; ")) : pass(`id ${id}; hiện và lưu theo ngày`);
    },
  },
  {
    id: "last-login-precision",
    finding: "/settings/accounts shows every account's lastLoginAt to the millisecond",
    run: async (ctx) => {
      const page = await ctx.as.chair.page("/settings/accounts");
      if (page.status !== 200) return fail(`HTTP ${page.status}`);
      const values = [...page.html.matchAll(/lastLogin\w*\\?"\s*:\s*\\?"([^"\\]+)/g)].map((m) => m[1]);
      const precise = values.filter((v) => ISO_MOMENT.test(v));
      const shown = DATETIME_SHOWN.exec(page.html.replace(/<[^>]+>/g, " "));
      if (precise.length || shown)
        return fail(
          `${precise.length ? `trong trang: ${precise[0]}` : ""}${shown ? ` hiện: ${shown[0]}` : ""}`,
        );
      return pass(`${values.length} giá trị, đều là ngày (${values[0] ?? "—"})`);
    },
  },
  {
    id: "group-stats-scope",
    finding: "a tổ trưởng sees attendance of every tổ on /meetings/stats",
    run: async (ctx) => {
      const [own] = await ctx.sql<{ name: string }>(
        `SELECT g.name FROM "User" u JOIN "Member" m ON m.id = u."memberId" JOIN "Group" g ON g.id = m."groupId"
         WHERE u.email = 'totruong@demo.vn'`,
      );
      const years = await ctx.sql<{ year: number }>(
        `SELECT DISTINCT year FROM "Meeting" WHERE status <> 'PLANNED' ORDER BY year`,
      );
      const seen = new Set<string>();
      let rows = 0;
      for (const { year } of years) {
        const page = await ctx.as.leader.page(`/meetings/stats?year=${year}`);
        if (page.status !== 200) return fail(`năm ${year}: HTTP ${page.status}`);
        const table = /data-testid="rate-members"[\s\S]*?<\/table>/.exec(page.html)?.[0] ?? "";
        for (const tr of table.split("<tr").slice(2)) {
          rows++;
          const first = tr
            .split("</td>")[0]
            .replace(/<[^>]+>/g, "")
            .replace(/&nbsp;/g, " ");
          const group = first.split("·")[1]?.trim();
          if (group) seen.add(group);
        }
      }
      const others = [...seen].filter((g) => g !== own.name);
      if (!rows)
        return fail(`không có dòng nào (năm ${years.map((y) => y.year).join(", ")}): không kiểm được`);
      return others.length
        ? fail(`thấy đoàn viên của tổ khác: ${others.join(", ")}`)
        : pass(`${rows} dòng, chỉ tổ ${own.name}`);
    },
  },
];
