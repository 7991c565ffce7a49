import { cn } from "./cn";

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-100 disabled:text-brand-800",
  secondary: "bg-white text-ink border border-surface-line hover:bg-surface-sunken disabled:text-ink-faint",
  danger: "bg-white text-brand-700 border border-brand-200 hover:bg-brand-50 disabled:text-ink-faint",
  ghost: "text-ink hover:bg-surface-sunken",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export function buttonClass(variant: ButtonVariant = "primary", extra?: string) {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-medium transition-colors min-h-10 disabled:cursor-not-allowed",
    VARIANTS[variant],
    extra,
  );
}

export function Button({
  variant = "primary",
  className,
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type="button" className={buttonClass(variant, className)} {...props} />;
}
