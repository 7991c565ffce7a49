import { formatMoney } from "@/lib/format";
import type { RegisterRow } from "@/lib/welfare/register";
import { registerCells } from "@/lib/welfare/register-format";

const HEAD = [
  "STT",
  "Ngày sự việc",
  "Ngày thăm",
  "Họ tên đoàn viên",
  "Tổ",
  "Người được thăm",
  "Nội dung",
  "Người đi thăm",
  "Số tiền (đ)",
  "Quà",
  "Nguồn",
  "Số phiếu chi",
  "Ghi chú",
];
const cell = "border border-black px-1.5 py-1 align-top";

/** The sổ's table, in the order of the events. */
export function RegisterTable({ rows, total }: { rows: RegisterRow[]; total: number }) {
  return (
    <table className="w-full border-collapse text-[10.5pt]" data-testid="register-table">
      <thead>
        <tr>
          {HEAD.map((h) => (
            <th key={h} className={`${cell} text-center font-bold`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const c = registerCells(row, i + 1);
          return (
            <tr key={row.id}>
              <td className={`${cell} text-center`}>{c.no}</td>
              <td className={`${cell} whitespace-nowrap`}>{c.eventOn}</td>
              <td className={`${cell} whitespace-nowrap`}>{c.visitedOn}</td>
              <td className={cell}>{c.member}</td>
              <td className={cell}>{c.group}</td>
              <td className={cell}>{c.person}</td>
              <td className={cell}>{c.category}</td>
              <td className={cell}>{c.visitors}</td>
              <td className={`${cell} text-right whitespace-nowrap`}>
                {formatMoney(c.amount).replace(" ₫", "")}
              </td>
              <td className={cell}>{c.gift}</td>
              <td className={cell}>{c.fund}</td>
              <td className={cell}>{c.receipt}</td>
              <td className={cell}>{c.notes}</td>
            </tr>
          );
        })}
        <tr>
          <td className={`${cell} text-center font-bold`} colSpan={8}>
            Cộng
          </td>
          <td className={`${cell} text-right font-bold whitespace-nowrap`}>
            {formatMoney(total).replace(" ₫", "")}
          </td>
          <td className={cell} colSpan={4} />
        </tr>
      </tbody>
    </table>
  );
}
