import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "./print-button";

/** The on-screen bar above a printable page: back, extra downloads, print. Never printed. */
export function PrintToolbar({
  backHref,
  printLabel,
  hint,
  children,
}: {
  backHref: string;
  printLabel: string;
  hint?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="sticky top-0 z-10 border-b border-surface-line bg-white/95 font-sans backdrop-blur print:hidden">
      <div className="mx-auto flex max-w-[297mm] flex-wrap items-center justify-between gap-2 px-4 py-2.5">
        <Link href={backHref} className={buttonClass("ghost", "px-2")}>
          <span aria-hidden>←</span> Quay lại
        </Link>
        {hint && <p className="order-last w-full text-xs text-ink-muted sm:order-none sm:w-auto">{hint}</p>}
        <div className="flex min-w-0 max-w-full flex-wrap gap-2">
          {children}
          <PrintButton label={printLabel} />
        </div>
      </div>
    </div>
  );
}
