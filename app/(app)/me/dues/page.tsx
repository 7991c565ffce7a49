import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DuesHistory } from "@/components/finance/dues-history";
import { duesYearTermsLine } from "@/components/finance/dues-terms-line";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { loadDuesSettings } from "@/lib/finance/dues/facts";
import { yearParamSchema } from "@/lib/finance/dues/params";
import { memberDuesHistory } from "@/lib/finance/dues/queries";
import { monthsBetween } from "@/lib/finance/dues/rule";
import { termsForMonth } from "@/lib/finance/dues/terms";
import { ReceiptLink } from "../../finance/dues/receipt-link";

export const metadata: Metadata = { title: "Đoàn phí của tôi" };

export default async function MyDuesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePage("dues.read.own");
  if (!actor.memberId) notFound();
  const today = clock.todayIso();
  const year = yearParamSchema(Number(today.slice(0, 4))).parse((await searchParams).year);
  const [h, stored] = await Promise.all([
    memberDuesHistory(actor, actor.memberId, year, today),
    loadDuesSettings(actor.unitId),
  ]);
  if (!h) notFound();
  return (
    <>
      <PageHeader
        title="Đoàn phí của tôi"
        subtitle={`Năm ${year} · ${duesYearTermsLine(
          monthsBetween(`${year}-01`, `${year}-12`).map((month) => ({
            month,
            terms: termsForMonth(stored, month),
          })),
        )}`}
        actions={
          <>
            <Link className={buttonClass("secondary")} href={`/me/dues?year=${year - 1}`}>
              ‹ {year - 1}
            </Link>
            <Link className={buttonClass("secondary")} href={`/me/dues?year=${year + 1}`}>
              {year + 1} ›
            </Link>
          </>
        }
      />
      <DuesHistory
        months={h.months}
        lines={h.lines}
        balance={h.balance}
        action={(l) => (l.amount > 0 ? <ReceiptLink paymentId={l.id} month={l.month} /> : null)}
      />
    </>
  );
}
