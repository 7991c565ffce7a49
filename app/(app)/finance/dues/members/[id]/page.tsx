import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DuesHistory } from "@/components/finance/dues-history";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { yearParamSchema } from "@/lib/finance/dues/params";
import { memberDuesHistory } from "@/lib/finance/dues/queries";
import { formatDate, formatMoney } from "@/lib/format";
import { ExemptionForm, ExemptionList } from "./exemption-card";
import { ReverseButton } from "./reverse-button";
import { SalaryForm } from "./salary-form";
import { ReceiptLink } from "../../receipt-link";

export const metadata: Metadata = { title: "Đoàn phí của đoàn viên" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function MemberDuesPage({ params, searchParams }: Props) {
  const actor = await requirePage("dues.read.all", "dues.read.group");
  const today = clock.todayIso();
  const year = yearParamSchema(Number(today.slice(0, 4))).parse((await searchParams).year);
  const h = await memberDuesHistory(actor, (await params).id, year, today);
  if (!h) notFound();
  const writer = can(actor, "dues.write");
  const nav = (y: number) => `/finance/dues/members/${h.member.id}?year=${y}`;
  return (
    <>
      <PageHeader
        title={`Đoàn phí: ${h.member.fullName}`}
        subtitle={`${h.member.group.name}${h.member.cardNumber ? ` · thẻ ${h.member.cardNumber}` : ""} · năm ${year}`}
        actions={
          <>
            <Link className={buttonClass("secondary")} href={nav(year - 1)}>
              ‹ {year - 1}
            </Link>
            <Link className={buttonClass("secondary")} href={nav(year + 1)}>
              {year + 1} ›
            </Link>
          </>
        }
      />
      <DuesHistory
        months={h.months}
        lines={h.lines}
        balance={h.balance}
        action={(l) => (
          <span className="flex flex-wrap items-center gap-2">
            <ReceiptLink paymentId={l.id} month={l.month} />
            {writer && l.amount > 0 && !l.reversed && <ReverseButton paymentId={l.id} />}
          </span>
        )}
      />
      <Card title="Miễn đoàn phí" className="mt-6">
        <p className="mb-3 text-sm text-ink-muted">
          Tháng hưởng trợ cấp BHXH hoặc nghỉ không lương từ 1 tháng trở lên không phải đóng.
        </p>
        <ExemptionList lines={h.exemptions} writer={writer} />
        {writer && <ExemptionForm memberId={h.member.id} />}
      </Card>
      <Card title="Tiền lương làm căn cứ đóng đoàn phí" className="mt-6">
        <ul className="mb-3 text-sm" data-testid="salary-history">
          {h.salaries.map((s) => (
            <li key={s.from}>
              {s.from <= "1900-01-01" ? "Ban đầu" : `Từ ${formatDate(s.from)}`}:{" "}
              {s.bhxh ? formatMoney(s.bhxh) : "chưa rõ"}
              {s.net ? ` (thực lĩnh ${formatMoney(s.net)})` : ""}
            </li>
          ))}
        </ul>
        {writer && <SalaryForm memberId={h.member.id} />}
      </Card>
    </>
  );
}
