// Turns one run's figures into the markdown section of bench/results/<date>.md.
import type { LoadResult } from "./load";
import { ms } from "./stats";

export type CaseResult = {
  file: string;
  name: string;
  kind: string;
  runs: number;
  p50: number;
  p95: number;
  target?: number;
  rawP50?: number;
  rawP95?: number;
  error?: string;
};
export type PageWeight = { name: string; path: string; kb: number; files: number; memberFacing: boolean };

export const TARGETS = { list: 150, search: 50, ratio: 3, loadP95: 300, memberJsKb: 150 };
const mark = (ok: boolean) => (ok ? "✅ đạt" : "❌ chưa đạt");

export function targetOf(c: { kind: string; target?: number }) {
  return c.target ?? (c.kind === "list" ? TARGETS.list : c.kind === "search" ? TARGETS.search : undefined);
}

export function renderRun(o: {
  label: string;
  when: Date;
  cases: CaseResult[];
  loads: LoadResult[];
  pages: PageWeight[];
  env: string;
}): string {
  const lines: string[] = [];
  lines.push(`## ${o.label} — ${o.when.toISOString().replace("T", " ").slice(0, 16)} UTC`, "", o.env, "");
  lines.push("### Thời gian máy chủ (request → toàn bộ phản hồi, loopback) và SQL thô", "");
  lines.push(
    "| Trường hợp | Loại | Lần | p50 | p95 | Mục tiêu p95 | SQL thô p50 | SQL thô p95 | Tỉ lệ app/SQL (p50) | Kết quả |",
  );
  lines.push("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const c of o.cases) {
    if (c.error) {
      lines.push(
        `| ${c.name} (${c.file}) | ${c.kind} | – | – | – | – | – | – | – | ❌ lỗi: ${c.error.replace(/\|/g, "/").slice(0, 120)} |`,
      );
      continue;
    }
    const target = targetOf(c);
    const ratio = c.rawP50 ? c.p50 / c.rawP50 : undefined;
    const okTime = target === undefined || c.p95 <= target;
    const okRatio = ratio === undefined || ratio <= TARGETS.ratio;
    const verdict = [
      target !== undefined ? `p95 ${mark(okTime)}` : "",
      ratio !== undefined ? `tỉ lệ ${mark(okRatio)}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    lines.push(
      `| ${c.name} (${c.file}) | ${c.kind} | ${c.runs} | ${ms(c.p50)} | ${ms(c.p95)} | ${target ? `≤ ${target} ms` : "–"} | ${c.rawP50 !== undefined ? ms(c.rawP50) : "–"} | ${c.rawP95 !== undefined ? ms(c.rawP95) : "–"} | ${ratio !== undefined ? `${ratio.toFixed(1)}×` : "–"} | ${verdict || "–"} |`,
    );
  }
  lines.push("");
  for (const l of o.loads) {
    // The target is for people using the app (with think time); the closed loop measures capacity.
    const judged = l.thinkMs !== undefined;
    const ok = l.p95 <= TARGETS.loadP95 && l.errors === 0 && l.non2xx === 0;
    lines.push(
      judged
        ? `### ${l.connections} người dùng đồng thời (mỗi người đọc trang trung bình ${l.thinkMs! / 1000} s rồi mở trang tiếp, ${l.seconds} s, bench/lib/users.ts)`
        : `### Sức chứa: ${l.connections} kết nối gửi liên tục, không ai đọc trang (autocannon, ${l.seconds} s)`,
      "",
    );
    lines.push(
      "| Yêu cầu | req/s | p50 | p95 | p99 | Lỗi | Không 2xx | Mục tiêu | Kết quả |",
      "|---:|---:|---:|---:|---:|---:|---:|---|---|",
    );
    lines.push(
      `| ${l.requests} | ${l.rps.toFixed(1)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${l.errors} | ${l.non2xx} | ${judged ? `p95 ≤ ${TARGETS.loadP95} ms, 0 lỗi` : "0 lỗi"} | ${judged ? mark(ok) : mark(l.errors === 0 && l.non2xx === 0)} |`,
      "",
    );
    lines.push(
      `Hỗn hợp (${judged ? "mỗi người bắt đầu ở một chỗ khác trong danh sách, lần lượt" : "mỗi kết nối lặp lại theo thứ tự"}): ${l.mix.join(", ")}.`,
      "",
    );
  }
  if (o.pages.length) {
    lines.push("### JavaScript gửi về trình duyệt (gzip, tổng các script mà trang tham chiếu)", "");
    lines.push(
      "| Trang | Đường dẫn | Số file | KB gzip | Mục tiêu | Kết quả |",
      "|---|---|---:|---:|---|---|",
    );
    for (const p of o.pages) {
      lines.push(
        `| ${p.name} | \`${p.path}\` | ${p.files} | ${p.kb.toFixed(1)} | ${p.memberFacing ? `≤ ${TARGETS.memberJsKb} KB` : "–"} | ${p.memberFacing ? mark(p.kb <= TARGETS.memberJsKb) : "–"} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
