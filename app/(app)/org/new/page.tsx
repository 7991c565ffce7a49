import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import { CreateUnitForm } from "./create-unit-form";

export const metadata: Metadata = { title: "Tạo công đoàn cơ sở" };

export default async function NewOrgUnitPage() {
  const actor = await requirePage("org.manage");
  return (
    <>
      <PageHeader
        title="Tạo công đoàn cơ sở"
        subtitle={`Công đoàn cơ sở mới trực thuộc ${actor.unitName ?? "công đoàn cấp trên"}. Sau khi tạo, mời chủ tịch để họ nhập danh sách đoàn viên.`}
        actions={
          <Link href="/org" className={buttonClass("secondary")}>
            ← Danh sách CĐCS
          </Link>
        }
      />
      <div className="max-w-xl rounded-card border border-surface-line bg-white p-4 sm:p-5">
        <CreateUnitForm />
      </div>
    </>
  );
}
