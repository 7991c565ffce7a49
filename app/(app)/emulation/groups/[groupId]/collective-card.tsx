import { RegistrationForm } from "@/components/emulation/registration-form";
import { namesOf, RegistrationSummary } from "@/components/emulation/registration-summary";
import { RegistrationBadge } from "@/components/emulation/state-badge";
import { Card } from "@/components/ui/card";
import type { Catalogue } from "@/lib/emulation/queries/catalogue";
import type { GroupRoster } from "@/lib/emulation/queries/registrations";

/** The tổ's collective registration: the tổ trưởng fills it in; everyone else reads it. */
export function CollectiveCard({
  roster,
  yearId,
  catalogue,
  leads,
}: {
  roster: GroupRoster;
  yearId: string;
  catalogue: Catalogue;
  leads: boolean;
}) {
  const c = roster.collective;
  const editable = leads && (!c || c.state === "DRAFT" || c.state === "RETURNED");
  const titles = catalogue.titles
    .filter((t) => t.scope === "COLLECTIVE")
    .map((t) => ({ id: t.id, name: t.name, hint: `Cấp: ${t.level}` }));
  const movements = catalogue.movements
    .filter((m) => m.eligibility === "ANY")
    .map((m) => ({ id: m.id, name: m.name }));
  return (
    <Card title="Đăng ký danh hiệu tập thể" actions={<RegistrationBadge state={c?.state} />}>
      {c?.state === "RETURNED" && <p className="mb-3 text-sm text-brand-700">Bị từ chối: {c.returnReason}</p>}
      {editable ? (
        <RegistrationForm
          groupId={roster.group.id}
          canSubmit
          titles={titles}
          movements={movements}
          initial={{
            yearId,
            titleIds: c?.titleIds ?? [],
            movementIds: c?.movementIds ?? [],
            commitments:
              c?.commitments.map((x) => ({ kind: x.kind, content: x.content, target: x.target ?? "" })) ?? [],
            intent: "draft",
          }}
        />
      ) : c ? (
        <RegistrationSummary
          titleNames={namesOf(c.titleIds, catalogue.titles)}
          movementNames={namesOf(c.movementIds, catalogue.movements)}
          commitments={c.commitments}
        />
      ) : (
        <p className="text-sm text-ink-muted">
          Tổ chưa đăng ký danh hiệu tập thể. Tổ trưởng đăng ký tại trang này.
        </p>
      )}
    </Card>
  );
}
