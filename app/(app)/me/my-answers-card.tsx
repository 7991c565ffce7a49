import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { findMyRecentAnswers, RECENT_ANSWER_DAYS } from "@/lib/me/queries";

/** Answers the BCH gave to the member's opinions lately; all of them are on /me/opinions. */
export async function MyAnswersCard({ actor }: { actor: Actor }) {
  const answers = await findMyRecentAnswers(actor);
  return (
    <Card
      title="Trả lời ý kiến của tôi"
      actions={
        <Link href="/me/opinions" className="text-sm text-brand-700 hover:underline">
          Tất cả ý kiến
        </Link>
      }
    >
      {answers.length === 0 ? (
        <p className="text-sm text-ink-muted">Chưa có câu trả lời mới trong {RECENT_ANSWER_DAYS} ngày qua.</p>
      ) : (
        <ul className="flex flex-col gap-3 text-sm" data-testid="me-answers">
          {answers.map((a) => (
            <li key={a.id}>
              <Link href="/me/opinions" className="font-medium text-ink hover:underline">
                {a.topic}
              </Link>
              <span className="block text-xs text-ink-muted">Trả lời ngày {formatDate(a.answeredAt)}</span>
              <span className="line-clamp-3 block break-words text-ink-muted">{a.answer}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
