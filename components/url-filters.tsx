"use client";
// Search and filters that live in the URL: a form whose fields become the query string, submitted
// again as soon as a select changes. Used by the meeting and visit lists.
import { usePathname, useRouter } from "next/navigation";
import { createContext, type ReactNode, useCallback, useContext, useRef } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

const SubmitContext = createContext<() => void>(() => {});

export function UrlFilterForm({ children }: { children: ReactNode }) {
  const router = useRouter();
  const path = usePathname();
  const form = useRef<HTMLFormElement>(null);
  const submit = useCallback(() => {
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form.current!)) if (typeof v === "string" && v) next.set(k, v);
    router.replace(`${path}?${next.toString()}`);
  }, [router, path]);
  return (
    <SubmitContext.Provider value={submit}>
      <form
        ref={form}
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        className="mb-4 grid grid-cols-2 gap-2 lg:grid-cols-[1fr_auto_auto_auto_auto_auto]"
      >
        {children}
        <Button type="submit" variant="secondary">
          Tìm
        </Button>
      </form>
    </SubmitContext.Provider>
  );
}

/** The free-text box, full width on a phone. */
export function FilterSearch({
  label,
  value,
  placeholder,
  title,
}: {
  label: string;
  value: string;
  placeholder: string;
  title?: string;
}) {
  return (
    <label className="col-span-2 lg:col-span-1">
      <span className="sr-only">{label}</span>
      <input
        name="q"
        type="search"
        defaultValue={value}
        placeholder={placeholder}
        title={title}
        className={inputClass()}
      />
    </label>
  );
}

/** A select whose change applies at once; `all` is the first, empty choice ("Mọi loại"). */
export function FilterSelect({
  name,
  label,
  value,
  options,
  all,
}: {
  name: string;
  label: string;
  value: string;
  options: [string, string][];
  all?: string;
}) {
  const submit = useContext(SubmitContext);
  return (
    <label>
      <span className="sr-only">{label}</span>
      <select name={name} defaultValue={value} onChange={submit} className={inputClass()}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}
