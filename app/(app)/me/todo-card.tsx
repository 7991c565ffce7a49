import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/current-user";
import { getMemberTodo } from "@/lib/emulation/queries/reminders";

const TONE = {
  amber: "border-amber-200 bg-amber-50",
  red: "border-brand-200 bg-brand-50",
  blue: "border-sky-200 bg-sky-50",
} as const;

/** "Việc cần làm" on the member's home: what is due from them in emulation, with the deadline. */
export async function EmulationTodoCard({ actor }: { actor: Actor }) {
  const items = await getMemberTodo(actor);
  return (
    <Card
      title="Việc cần làm"
      actions={
        <Link href="/me/emulation" className="text-sm text-brand-700 hover:underline">
          Thi đua của tôi
        </Link>
      }
    >
      {items.length === 0 ? (
        <p className="text-sm text-ink-muted">Bạn không có việc thi đua nào đến hạn.</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="emulation-todo">
          {items.map((i) => (
            <li key={i.key}>
              <Link
                href={i.href}
                className={`block rounded-lg border p-3 text-sm hover:underline ${TONE[i.tone]}`}
              >
                <span className="font-medium text-ink">{i.title}</span>
                <span className="block text-ink-muted">{i.detail}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
