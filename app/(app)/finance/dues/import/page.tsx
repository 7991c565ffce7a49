import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Nhập danh sách trích đoàn phí qua lương" };

export default async function DuesImportPage() {
  await requirePage("dues.write");
  const today = clock.todayIso();
  return (
    <>
      <PageHeader
        title="Nhập danh sách trích đoàn phí qua lương"
        subtitle="Tệp Excel của kế toán: mỗi dòng một đoàn viên và một tháng. Xem trước từng dòng; chỉ ghi sổ khi không còn dòng lỗi."
      />
      <Card>
        <p className="mb-3 text-sm text-ink-muted">
          Cột cần có: <strong>Số thẻ</strong> (hoặc <strong>Họ và tên</strong> khi chưa có thẻ),{" "}
          <strong>Tháng</strong> (mm/yyyy), <strong>Số tiền</strong>. Một tháng đã trích lương cho một đoàn
          viên sẽ không được nhập lại.
        </p>
        <UploadForm today={today.split("-").reverse().join("/")} />
      </Card>
    </>
  );
}
