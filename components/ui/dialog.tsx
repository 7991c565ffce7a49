"use client";
import { useEffect, useRef } from "react";

/**
 * A modal on the native <dialog>: focus trap, Esc to close, and a backdrop for free. The content is
 * rendered only while open: a list with a few dialogs per row (50 rows of tổ, each with rename and
 * archive) would otherwise send every closed form in the page's HTML, and a form opens fresh.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="dialog-title"
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-card border border-surface-line p-0 shadow-xl backdrop:bg-black/40"
    >
      {open && (
        <div className="p-5">
          <h2 id="dialog-title" className="mb-3 text-lg font-semibold text-ink">
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
