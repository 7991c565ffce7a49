import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { PrintDocument } from "@/components/print-document";
import { SubmissionStateBadge } from "@/components/submissions/state-badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { findOrgSubmission } from "@/lib/org/submissions/queries";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import { thawDocs } from "@/lib/submissions/frozen";
import { paperLabel } from "@/lib/submissions/labels";
import { DecideForm } from "./decide-form";

export const metadata: Metadata = { title: "Hồ sơ gửi lên" };

type Props = { params: Promise<{ id: string }> };

export default async function OrgSubmissionPage({ params }: Props) {
  const actor = await requirePage("org.submissions.read");
  const { id } = await params;
  const s = await findOrgSubmission(actor, id);
  if (!s) notFound();
  const cycle = await cycleOfYear(s.unitId, s.year);
  const mayDecide = can(actor, "org.submissions.decide") && s.isCurrent && s.state === "SUBMITTED";
  return (
    <>
      <PageHeader
        title={paperLabel(s.kind, s.year, cycle)}
        subtitle={`${s.unit.name} · bản ${s.version} · gửi ngày ${formatDate(s.submittedAt)}${s.submittedBy.member ? ` (${s.submittedBy.member.fullName})` : ""}`}
        actions={
          <>
            <a
              href={`/api/org/submissions/${s.id}/pdf`}
              className={buttonClass("secondary")}
              target="_blank"
              rel="noreferrer"
            >
              Tải PDF
            </a>
            <Link href={`/org/submissions?year=${s.year}`} className={buttonClass("secondary")}>
              ← Hồ sơ gửi lên
            </Link>
          </>
        }
      />
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <Card title="Trạng thái">
          <div className="flex flex-col gap-2 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <SubmissionStateBadge state={s.state} />
              {s.decidedAt && <span>ngày {formatDate(s.decidedAt)}</span>}
            </p>
            {s.comment && <p>Ý kiến: {s.comment}</p>}
            {!s.isCurrent && (
              <p className="text-ink-muted">
                Đơn vị đã gửi bản mới hơn:{" "}
                <Link
                  href={`/org/submissions/${s.versions[0].id}`}
                  className="text-brand-700 hover:underline"
                >
                  xem bản {s.versions[0].version}
                </Link>
                .
              </p>
            )}
            {mayDecide && <DecideForm submissionId={s.id} />}
          </div>
        </Card>
        <Card title="Các bản đã gửi">
          <ol className="flex flex-col gap-1 text-sm">
            {s.versions.map((v) => (
              <li key={v.id} className="flex flex-wrap items-center gap-2">
                {v.id === s.id ? (
                  <span className="font-medium">Bản {v.version} (đang xem)</span>
                ) : (
                  <Link href={`/org/submissions/${v.id}`} className="text-brand-700 hover:underline">
                    Bản {v.version}
                  </Link>
                )}
                <span>{formatDate(v.submittedAt)}</span>
                <SubmissionStateBadge state={v.state} />
              </li>
            ))}
          </ol>
        </Card>
      </div>
      <div className="flex flex-col gap-6 overflow-x-auto">
        {thawDocs(s.doc).map((doc, i) => (
          <div key={i} className="rounded-card border border-surface-line bg-white p-4">
            <PrintDocument doc={doc} />
          </div>
        ))}
      </div>
    </>
  );
}
