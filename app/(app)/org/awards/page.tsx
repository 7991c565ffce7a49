import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { appraisalList } from "@/lib/org/appraisal/queries";
import { getAwardsPage, type ProposalRow } from "@/lib/org/awards/queries";
import { VERDICT_LABELS } from "@/lib/org/awards/schema";
import { AppraisalList } from "./appraisal-list";
import { IssueDecisionForm } from "./issue-decision-form";
import { ProposalVerdict } from "./proposal-verdict";
import { RevokeLineDialog } from "./revoke-line-dialog";

export const metadata: Metadata = { title: "Thẩm định & khen thưởng" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const SUBJECTS: Record<string, string> = { MEMBER: "Cá nhân", GROUP: "Tập thể", UNIT: "CĐCS" };

function VerdictText({ p }: { p: ProposalRow }) {
  if (!p.line) return <span className="text-ink-muted">Chưa quyết</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={p.line.verdict === "AWARD" ? "green" : "amber"}>{VERDICT_LABELS[p.line.verdict]}</Badge>
      {p.line.reason && <span>{p.line.reason}</span>}
      {p.line.decisionNo && <span className="text-ink-muted">QĐ số {p.line.decisionNo}</span>}
      {p.line.revokedNo && <span className="text-brand-800">thu hồi theo QĐ số {p.line.revokedNo}</span>}
    </span>
  );
}

/** The proposals of the subtree's accepted hồ sơ khen thưởng, the verdicts, and the quyết định (decision 0090). */
export default async function OrgAwardsPage({ searchParams }: Props) {
  const actor = await requirePage("org.submissions.read");
  const year = pageYear((await searchParams).year);
  const [page, appraisals] = await Promise.all([getAwardsPage(actor, year), appraisalList(actor, year)]);
  const mayDecide = can(actor, "org.awards.decide");
  return (
    <>
      <PageHeader
        title={`Thẩm định & khen thưởng năm ${year}`}
        subtitle={`${page.counts.proposals} đề nghị của ${page.units.length} CĐCS (hồ sơ đã tiếp nhận) · ${page.counts.undecided} chưa quyết`}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/org/awards?year=${year - 1}`} className={buttonClass("secondary")}>
              ← Năm {year - 1}
            </Link>
            <Link href={`/org/awards?year=${year + 1}`} className={buttonClass("secondary")}>
              Năm {year + 1} →
            </Link>
          </div>
        }
      />
      <div className="flex flex-col gap-4">
        <Card title="Thẩm định xếp loại CĐCS">
          <AppraisalList rows={appraisals} year={year} mayAppraise={can(actor, "org.appraise")} />
        </Card>
        <h2 className="text-lg font-semibold">Đề nghị khen thưởng</h2>
        {page.units.length === 0 ? (
          <EmptyState title="Chưa có hồ sơ khen thưởng nào được tiếp nhận">
            Khi cấp trên tiếp nhận hồ sơ đề nghị khen thưởng của một CĐCS, các đề nghị hiện ở đây.
          </EmptyState>
        ) : (
          page.units.map((u) => (
            <Card key={u.submissionId} title={`${u.unitName} (bản số ${u.version})`}>
              <ul className="divide-y divide-surface-line" data-testid="award-proposals">
                {u.proposals.map((p) => (
                  <li key={p.proposalRef} className="grid gap-2 py-3 md:grid-cols-[1fr_1fr_18rem]">
                    <div className="min-w-0">
                      <p className="font-medium">{p.displayName}</p>
                      <p className="text-sm text-ink-muted">
                        {SUBJECTS[p.subject]}
                        {p.position ? ` · ${p.position}` : ""}
                      </p>
                    </div>
                    <div className="min-w-0 text-sm">
                      <p>{p.form}</p>
                      <p className="text-ink-muted">{p.summary}</p>
                      {p.votes && (
                        <p className="text-ink-muted">
                          Số phiếu: {p.votes.for}/{p.votes.cast}
                        </p>
                      )}
                    </div>
                    <div className="text-sm">
                      {mayDecide && !p.line?.decisionNo ? (
                        <ProposalVerdict
                          submissionId={u.submissionId}
                          proposalRef={p.proposalRef}
                          name={p.displayName}
                          line={p.line}
                        />
                      ) : (
                        <div className="flex flex-col items-start gap-2">
                          <VerdictText p={p} />
                          {mayDecide &&
                            p.line?.verdict === "AWARD" &&
                            p.line.decisionNo &&
                            !p.line.revokedNo && (
                              <RevokeLineDialog lineId={p.line.id} year={year} name={p.displayName} />
                            )}
                        </div>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </Card>
          ))
        )}
        {mayDecide && (
          <Card title="Ban hành quyết định">
            <IssueDecisionForm year={year} pending={page.counts.pendingAward} />
          </Card>
        )}
        <Card title="Quyết định đã ban hành">
          {page.decisions.length === 0 ? (
            <p className="text-sm text-ink-muted">Chưa có quyết định nào trong năm.</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm" data-testid="award-decisions">
              {page.decisions.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">
                    Số {d.number} ngày {formatDate(d.signedOn)}
                  </span>
                  <span className="text-ink-muted">
                    {d.kind === "AWARD"
                      ? `${d._count.lines} đề nghị được khen`
                      : `thu hồi ${d._count.revoked} dòng: ${d.reason ?? ""}`}
                    , {d.signerName}
                  </span>
                  <Link href={`/print/org/awards/${d.id}`} className="text-brand-700 hover:underline">
                    Xem, in
                  </Link>
                  <a href={`/api/org/awards/${d.id}`} className="text-brand-700 hover:underline">
                    PDF
                  </a>
                  <a href={`/api/org/awards/${d.id}?format=docx`} className="text-brand-700 hover:underline">
                    Word
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
