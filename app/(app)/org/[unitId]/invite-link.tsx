import { inputClass } from "@/components/ui/field";

/** The one-time invite link, shown once after it is made (the first invite and a re-sent one). */
export function InviteLink({ link, label, children }: { link: string; label: string; children: string }) {
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p>{children}</p>
      <input readOnly value={link} aria-label={label} data-testid="invite-link" className={inputClass()} />
    </div>
  );
}
