import Link from "next/link";
import { SUBMISSION_KIND_LABELS } from "@/lib/submissions/labels";
import {
  SUBMISSION_KINDS,
  type SubmissionKindCode,
  type SubmissionStateCode,
} from "@/lib/submissions/payloads";

const COLUMNS: [SubmissionStateCode, string][] = [
  ["SUBMITTED", "Chờ tiếp nhận"],
  ["RETURNED", "Đã trả lại"],
  ["ACCEPTED", "Đã tiếp nhận"],
];

/** Per paper kind × state, the year's versions that stand, each count a link to its list (a zero, with
 * no list behind it, is plain text). */
export function CountsTable({
  year,
  counts,
}: {
  year: number;
  counts: { kind: SubmissionKindCode; state: SubmissionStateCode; n: number }[];
}) {
  const n = (k: SubmissionKindCode, s: SubmissionStateCode) =>
    counts.find((c) => c.kind === k && c.state === s)?.n ?? 0;
  return (
    <div className="overflow-x-auto rounded-card border border-surface-line bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Số hồ sơ năm {year} theo loại và trạng thái</caption>
        <thead>
          <tr className="border-b border-surface-line text-left">
            <th scope="col" className="px-3 py-2 font-medium">
              Loại hồ sơ
            </th>
            {COLUMNS.map(([s, label]) => (
              <th key={s} scope="col" className="px-3 py-2 text-right font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SUBMISSION_KINDS.map((k) => (
            <tr key={k} className="border-b border-surface-line last:border-0">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {SUBMISSION_KIND_LABELS[k]}
              </th>
              {COLUMNS.map(([s]) => (
                <td key={s} className="px-3 py-2 text-right tabular-nums">
                  {n(k, s) === 0 ? (
                    <span className="text-ink-muted">0</span>
                  ) : (
                    <Link
                      href={`/org/submissions?${new URLSearchParams({ year: String(year), kind: k, state: s })}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {n(k, s)}
                    </Link>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
