// The Vietnamese messages of the quota, shared by the server's refusals and the live meter.
import type { QuotaSettings, QuotaUsage, SchemeLevel } from "./quota";

type Scheme = { levels: readonly SchemeLevel[]; quota: QuotaSettings };

/** "Hoàn thành tốt nhiệm vụ trở lên" — the basis of the quota. */
export function basisLabel(s: Scheme): string {
  const scheme = [...s.levels].sort((a, b) => a.position - b.position);
  const level = scheme[Math.min(s.quota.basisPosition, scheme.length - 1)];
  if (!level) return "";
  return s.quota.basisPosition > 0 ? `“${level.name}” trở lên` : `“${level.name}”`;
}

export function quotaMessage(after: QuotaUsage, s: Scheme, kind: "block" | "warn"): string {
  const top = [...s.levels].sort((a, b) => a.position - b.position)[0]?.name ?? "";
  const rule = `“${top}” tối đa ${s.quota.percent} % số đoàn viên xếp loại ${basisLabel(s)}: ${after.allowed} người; mức này sẽ thành ${after.top} người`;
  return kind === "block"
    ? `Vượt tỉ lệ (${rule}). Chế độ chặn không cho vượt: hãy chọn mức khác.`
    : `Vượt tỉ lệ (${rule}). Nhập giải trình ngoại lệ (ít nhất 10 ký tự) để lưu.`;
}
