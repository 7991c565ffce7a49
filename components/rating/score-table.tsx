"use client";
// The scoring table shared by the tổ and CĐCS forms: criteria grouped with subtotals, the điểm
// chuẩn, optional read-only columns, and the editable column whose errors sit under each input.
import type { UseFormRegisterReturn } from "react-hook-form";
import { inputClass } from "@/components/ui/field";

export type ScoreCriterion = { id: string; groupName: string; content: string; maxPoints: number };
type Props = {
  criteria: ScoreCriterion[];
  /** Read-only columns before the editable one: header and the value per criterion id. */
  shown?: { header: string; values: Record<string, number | null> }[];
  editHeader: string;
  values: (number | string | undefined)[];
  /** The registered input of row i ("scores.i.points") and its error message. */
  field: (i: number) => UseFormRegisterReturn;
  errorFor: (i: number) => string | undefined;
  disabled?: boolean;
};

const num = (v: unknown) => (Number.isFinite(Number(v)) ? Number(v) : 0);

export function ScoreTable({ criteria, shown = [], editHeader, values, field, errorFor, disabled }: Props) {
  const groups: { name: string; items: { c: ScoreCriterion; i: number }[] }[] = [];
  criteria.forEach((c, i) => {
    const g = groups.at(-1);
    if (g && g.name === c.groupName) g.items.push({ c, i });
    else groups.push({ name: c.groupName, items: [{ c, i }] });
  });
  const sum = (
    items: { c: ScoreCriterion; i: number }[],
    pick: (x: { c: ScoreCriterion; i: number }) => number,
  ) => items.reduce((s, x) => s + pick(x), 0);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-surface-line text-left text-ink-muted">
            <th className="py-2 pr-2 font-medium">Tiêu chí</th>
            <th className="w-14 px-1 text-right font-medium sm:w-20 sm:px-2">Điểm chuẩn</th>
            {shown.map((s) => (
              <th key={s.header} className="w-16 px-1 text-right font-medium sm:w-24 sm:px-2">
                {s.header}
              </th>
            ))}
            <th className="w-20 pl-1 text-right font-medium sm:w-32 sm:pl-2">{editHeader}</th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.name}>
            <tr className="bg-surface-sunken">
              <th className="py-2 pr-2 text-left font-semibold text-ink" scope="rowgroup">
                {g.name}
              </th>
              <td className="px-2 text-right font-semibold">{sum(g.items, (x) => x.c.maxPoints)}</td>
              {shown.map((s) => (
                <td key={s.header} className="px-2 text-right font-semibold">
                  {sum(g.items, (x) => s.values[x.c.id] ?? 0)}
                </td>
              ))}
              <td className="pl-2 text-right font-semibold" data-testid="group-subtotal">
                {sum(g.items, (x) => num(values[x.i]))}
              </td>
            </tr>
            {g.items.map(({ c, i }) => {
              const error = errorFor(i);
              const fid = `scores.${i}.points`;
              return (
                <tr key={c.id} className="border-b border-surface-line align-top">
                  <td className="py-2 pr-2">
                    <label htmlFor={fid}>{c.content}</label>
                  </td>
                  <td className="px-2 py-2 text-right">{c.maxPoints}</td>
                  {shown.map((s) => (
                    <td key={s.header} className="px-2 py-2 text-right">
                      {s.values[c.id] ?? "—"}
                    </td>
                  ))}
                  <td className="py-1 pl-2">
                    <input
                      id={fid}
                      inputMode="numeric"
                      disabled={disabled}
                      aria-invalid={!!error}
                      aria-describedby={error ? `${fid}-error` : undefined}
                      className={inputClass(!!error) + " text-right"}
                      {...field(i)}
                    />
                    {error && (
                      <p
                        role="alert"
                        id={`${fid}-error`}
                        className="mt-1 text-xs text-brand-700"
                        data-field-error={fid}
                      >
                        {error}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
