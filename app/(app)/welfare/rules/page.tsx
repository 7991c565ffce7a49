import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { BudgetTable } from "@/components/welfare/budget-table";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { CATEGORY_KIND_LABELS } from "@/lib/welfare/labels";
import { listCategories, loadRateVersions } from "@/lib/welfare/rates";
import { dongText } from "@/lib/welfare/schema";
import { getYearSummary } from "@/lib/welfare/summary";
import { BudgetDialog } from "./budget-dialog";
import { CategoryDialog } from "./category-dialog";
import { RateVersionDialog } from "./rate-version-dialog";
import { RateVersionTable } from "./rate-version-table";

export const metadata: Metadata = { title: "Quy chế & dự toán thăm hỏi" };

export default async function WelfareRulesPage() {
  const actor = await requirePage("welfare.read.all");
  const year = clock.thisYear();
  const [categories, versions, summary] = await Promise.all([
    listCategories(actor.unitId, { includeArchived: true }),
    loadRateVersions(actor.unitId),
    getYearSummary(actor, year),
  ]);
  const canWrite = can(actor, "welfare.rules.write");
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const latest = versions.at(-1);
  const payable = categories.filter((c) => c.kind !== "NOMINATION" && !c.archivedAt);
  const draftLines = payable.map((c) => {
    const l = latest?.lines.find((x) => x.categoryId === c.id);
    return {
      categoryId: c.id,
      name: c.name,
      defaultAmount: dongText(l?.defaultAmount ?? 0),
      maxPerTime: dongText(l?.maxPerTime),
      maxTimesPerYear: l?.maxTimesPerYear?.toString() ?? "",
      maxAmountPerYear: dongText(l?.maxAmountPerYear),
    };
  });
  return (
    <>
      <PageHeader
        title="Quy chế chi tiêu nội bộ & dự toán"
        subtitle="Danh mục thăm hỏi, các phiên bản mức chi và dự toán năm."
        actions={
          <Link href="/welfare" className="text-sm text-brand-700 underline">
            ← Thăm hỏi
          </Link>
        }
      />
      <div className="flex flex-col gap-4">
        <Card title="Danh mục thăm hỏi" actions={canWrite && <CategoryDialog />}>
          <ul className="divide-y divide-surface-line" data-testid="category-list">
            {categories.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  {c.name}{" "}
                  <span className="text-ink-muted">
                    · {CATEGORY_KIND_LABELS[c.kind]}
                    {c.relativeApplies && " · cho thân nhân"}
                  </span>{" "}
                  {c.archivedAt && <Badge>Ngừng dùng</Badge>}
                </span>
                {canWrite && (
                  <CategoryDialog
                    category={{
                      id: c.id,
                      name: c.name,
                      kind: c.kind,
                      relativeApplies: c.relativeApplies,
                      archived: Boolean(c.archivedAt),
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Mức chi theo quy chế" actions={canWrite && <RateVersionDialog lines={draftLines} />}>
          {versions.length === 0 && (
            <p className="text-sm text-ink-muted">
              Chưa có quy chế. Thêm phiên bản đầu tiên để hệ thống kiểm tra mức chi.
            </p>
          )}
          <div className="flex flex-col gap-6">
            {[...versions].reverse().map((v) => (
              <section key={v.id}>
                <h3 className="mb-2 text-sm font-semibold">
                  {v.reference} · áp dụng từ {formatDate(v.effectiveFrom)}{" "}
                  <span className="font-normal text-ink-muted">(ban hành {formatDate(v.adoptedOn)})</span>
                </h3>
                <RateVersionTable
                  lines={v.lines.map((l) => ({ ...l, name: names.get(l.categoryId) ?? "" }))}
                />
              </section>
            ))}
          </div>
        </Card>
        <Card
          title={`Dự toán năm ${year}`}
          actions={
            canWrite && (
              <BudgetDialog year={year} categories={payable.map((c) => ({ id: c.id, name: c.name }))} />
            )
          }
        >
          <BudgetTable rows={summary.budgetLines} />
        </Card>
      </div>
    </>
  );
}
