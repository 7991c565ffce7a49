import type { MemberListRow } from "@/lib/members/member-list";

const th = "border border-black px-1.5 py-1 font-bold";
const td = "border border-black px-1.5 py-0.5 align-middle";

/** The "DANH SÁCH ĐOÀN VIÊN" table; the header repeats on every printed page. */
export function MemberListTable({ rows }: { rows: MemberListRow[] }) {
  return (
    <table className="w-full border-collapse text-[12pt] leading-snug">
      <colgroup>
        <col className="w-[4%]" />
        <col className="w-[20%]" />
        <col className="w-[5.5%]" />
        <col className="w-[5.5%]" />
        <col className="w-[8.5%]" />
        <col className="w-[9.5%]" />
        <col className="w-[18%]" />
        <col className="w-[13%]" />
        <col />
      </colgroup>
      <thead className="text-center">
        <tr>
          <th rowSpan={2} className={th}>
            STT
          </th>
          <th rowSpan={2} className={th}>
            Họ và tên
          </th>
          <th colSpan={2} className={th}>
            Năm sinh
          </th>
          <th rowSpan={2} className={th}>
            Số thẻ
          </th>
          <th rowSpan={2} className={th}>
            Ngày vào CĐ
          </th>
          <th rowSpan={2} className={th}>
            Tổ công đoàn
          </th>
          <th rowSpan={2} className={th}>
            Chức vụ CĐ
          </th>
          <th rowSpan={2} className={th}>
            Ghi chú
          </th>
        </tr>
        <tr>
          <th className={th}>Nam</th>
          <th className={th}>Nữ</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={9} className={`${td} py-6 text-center italic`}>
              Không có đoàn viên nào khớp bộ lọc. Quay lại danh sách để đổi bộ lọc.
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.no}>
              <td className={`${td} text-center`}>{r.no}</td>
              <td className={td}>{r.fullName}</td>
              <td className={`${td} text-center`}>{r.maleBirthYear}</td>
              <td className={`${td} text-center`}>{r.femaleBirthYear}</td>
              <td className={`${td} text-center`}>{r.cardNumber}</td>
              <td className={`${td} text-center`}>{r.joinedUnionOn}</td>
              <td className={td}>{r.groupName}</td>
              <td className={td}>{r.positions}</td>
              <td className={td}>{r.note}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
