import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate, formatDateTime, todayInVietnam } from "@/lib/format";
import { findMyOpinions } from "@/lib/opinions/queries";
import { OPINION_STATUS_LABELS, OPINION_STATUS_TONES } from "@/lib/opinions/schema";
import { SendOpinionForm } from "./send-opinion-form";

export const metadata: Metadata = { title: "Ý kiến của tôi" };

export default async function MyOpinionsPage() {
  const actor = await requirePage("opinions.send");
  const mine = await findMyOpinions(actor);
  return (
    <>
      <PageHeader
        title="Tâm tư, nguyện vọng của tôi"
        subtitle="Gửi ý kiến tới Ban Chấp hành bất cứ lúc nào và xem câu trả lời."
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[2fr_3fr]">
        <Card title="Gửi ý kiến mới">
          <SendOpinionForm />
        </Card>
        <Card title={`Ý kiến đã gửi (${mine.length})`}>
          {mine.length === 0 ? (
            <p className="text-sm text-ink-muted">Bạn chưa gửi ý kiến nào.</p>
          ) : (
            <ul className="flex flex-col gap-3" data-testid="my-opinions">
              {mine.map((o) => (
                <li
                  key={o.id}
                  className="border-b border-surface-line pb-3 last:border-0"
                  data-testid="my-opinion"
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="font-medium">
                      {o.topic}
                      {o.isAnonymous && (
                        <span className="text-xs font-normal text-ink-muted"> (ẩn danh)</span>
                      )}
                    </p>
                    <Badge tone={OPINION_STATUS_TONES[o.status]}>{OPINION_STATUS_LABELS[o.status]}</Badge>
                  </div>
                  <p className="text-xs text-ink-muted">
                    {o.isAnonymous ? formatDate(todayInVietnam(o.createdAt)) : formatDateTime(o.createdAt)}
                    {o.meeting && ` · ${o.meeting.title}`}
                  </p>
                  <p className="mt-1 whitespace-pre-line text-sm">{o.body}</p>
                  {o.answer && (
                    <div className="mt-2 rounded-lg bg-emerald-50 p-3 text-sm" data-testid="opinion-answer">
                      <p className="text-xs text-emerald-800">
                        Ban Chấp hành trả lời · {formatDateTime(o.answeredAt)}
                      </p>
                      <p className="whitespace-pre-line">{o.answer}</p>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
