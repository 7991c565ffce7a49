// The preview's rows: row number, name, card, tổ, outcome, and the errors or the match to confirm.
import { Badge } from "@/components/ui/badge";
import { fieldOfHeader, OUTCOME_LABELS, type ImportOutcome } from "@/lib/members/import/columns";
import { AmbiguousChoice } from "./ambiguous-choice";

type Row = {
  rowNo: number;
  outcome: string;
  cells: string[];
  errors: string[];
  choice: string | null;
  candidates: {
    id: string;
    fullName: string;
    cardNumber: string | null;
    dateOfBirth: string | null;
    groupName: string;
  }[];
};
const TONE = { NEW: "green", UPDATE: "blue", SAME: "gray", AMBIGUOUS: "amber", ERROR: "red" } as const;

export function PreviewTable({
  importId,
  headers,
  rows,
  editable,
}: {
  importId: string;
  headers: string[];
  rows: Row[];
  editable: boolean;
}) {
  const col = (f: string) => headers.findIndex((h) => fieldOfHeader(h) === f);
  const [name, card, group] = [col("fullName"), col("cardNumber"), col("group")];
  return (
    <div className="overflow-x-auto rounded-card border border-surface-line bg-white">
      <table className="w-full text-sm">
        <thead className="bg-surface-sunken text-left text-xs uppercase text-ink-muted">
          <tr>
            <th className="px-3 py-2">Dòng</th>
            <th className="px-3 py-2">Họ và tên</th>
            <th className="px-3 py-2">Số thẻ</th>
            <th className="px-3 py-2">Tổ</th>
            <th className="px-3 py-2">Kết quả</th>
            <th className="px-3 py-2">Chi tiết</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.rowNo} className="border-t border-surface-line align-top" data-import-row={r.rowNo}>
              <td className="px-3 py-2 tabular-nums">{r.rowNo}</td>
              <td className="min-w-40 px-3 py-2 font-medium">{r.cells[name] ?? ""}</td>
              <td className="px-3 py-2">{card >= 0 ? r.cells[card] : ""}</td>
              <td className="min-w-28 px-3 py-2">{group >= 0 ? r.cells[group] : ""}</td>
              <td className="px-3 py-2">
                <Badge tone={TONE[r.outcome as ImportOutcome] ?? "gray"}>
                  {OUTCOME_LABELS[r.outcome as ImportOutcome] ?? r.outcome}
                </Badge>
              </td>
              <td className="px-3 py-2">
                {r.errors.length > 0 && (
                  <ul className="list-disc pl-4 text-brand-700" data-row-errors>
                    {r.errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                )}
                {r.outcome === "AMBIGUOUS" &&
                  (editable ? (
                    <AmbiguousChoice
                      importId={importId}
                      rowNo={r.rowNo}
                      candidates={r.candidates}
                      choice={r.choice}
                    />
                  ) : (
                    <span className="text-ink-muted">{r.choice ?? "chưa chọn"}</span>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
