"use client";
import { inputClass } from "@/components/ui/field";
import { dongText, parseDong } from "@/lib/money-text";

type Props = Omit<React.InputHTMLAttributes<HTMLInputElement>, "onChange" | "value"> & {
  value: string;
  onChange: (v: string) => void;
  invalid?: boolean;
};

/** Money in đồng, typed "1000000" or "1.000.000"; shown with dots once the field is left. */
export function MoneyInput({ value, onChange, onBlur, invalid, ...props }: Props) {
  return (
    <div className="relative">
      <input
        {...props}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={(e) => {
          const n = parseDong(value);
          if (n !== null) onChange(dongText(n));
          onBlur?.(e);
        }}
        className={`${inputClass(invalid)} pr-8 text-right tabular-nums`}
      />
      <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-ink-muted">
        ₫
      </span>
    </div>
  );
}
