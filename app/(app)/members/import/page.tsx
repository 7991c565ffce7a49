import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { listRecentImports } from "@/lib/members/import/queries";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Nhập đoàn viên từ Excel" };

const STATUS = {
  PARSING: "Đang kiểm tra",
  PREVIEW: "Chờ xác nhận",
  WRITING: "Đang ghi",
  DONE: "Đã nhập",
  FAILED: "Lỗi tệp",
  CANCELLED: "Đã hủy",
} as const;

export default async function MemberImportPage() {
  const actor = await requirePage("members.import");
  const recent = await listRecentImports(actor);
  return (
    <>
      <nav className="mb-2 text-sm text-ink-muted">
        <Link href="/members" className="hover:underline">
          Đoàn viên
        </Link>{" "}
        / Nhập từ Excel
      </nav>
      <PageHeader
        title="Nhập đoàn viên từ Excel"
        subtitle="Tải lên danh sách sẵn có; ứng dụng kiểm tra từng dòng trước khi ghi."
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <Card title="Chọn tệp">
          <UploadForm />
        </Card>
        <Card title="Tệp cần có">
          <ul className="list-disc space-y-1 pl-5 text-sm text-ink">
            <li>
              Một dòng tiêu đề có cột <b>Họ và tên</b>; các cột theo thứ tự bất kỳ, tên cột có dấu hay không
              dấu đều được.
            </li>
            <li>
              Cột thường dùng: Giới tính (hoặc Năm sinh Nam/Nữ), Ngày sinh, Số thẻ, Ngày vào CĐ, Tổ công đoàn,
              Ghi chú; thêm CCCD, Điện thoại, Email, Chức vụ, Phòng ban… nếu có.
            </li>
            <li>Tệp “Xuất Excel” của trang Đoàn viên nhập lại được ngay.</li>
            <li>
              Đoàn viên đã có được nhận ra theo số thẻ, nếu không có thì theo họ tên và ngày sinh: nhập lại
              cùng tệp chỉ cập nhật, không tạo trùng.
            </li>
          </ul>
        </Card>
      </div>
      {recent.length > 0 && (
        <Card title="Các lần nhập gần đây" className="mt-4">
          <ul className="divide-y divide-surface-line text-sm">
            {recent.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/members/import/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.fileName}
                </Link>
                <span className="text-ink-muted">
                  {r.rowCount.toLocaleString("vi-VN")} dòng · {STATUS[r.status]} ·{" "}
                  {formatDateTime(r.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
