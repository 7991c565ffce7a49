// Design tokens. Loaded from app/globals.css with `@config` (Tailwind 4).
import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        // The union's red, softened for screens.
        brand: {
          50: "#fef2f2",
          100: "#fde3e3",
          200: "#fbcccc",
          500: "#d63b3b",
          600: "#c02626",
          700: "#a11d1d",
          800: "#851c1c",
        },
        // Every text colour reads at ≥ 4.5:1 (WCAG 2.1 AA) on white, on surface.sunken and on brand-50:
        // muted 7.1:1 on sunken, faint 4.9:1 on brand-50 (tests/unit/contrast-tokens.test.ts).
        ink: { DEFAULT: "#1f2937", muted: "#4b5563", faint: "#646b78" },
        surface: { DEFAULT: "#ffffff", sunken: "#f6f7f9", line: "#e5e7eb" },
        // The keyboard focus ring: blue, so that it is never mistaken for an error's red ring.
        focus: "#1d4ed8",
      },
      fontFamily: {
        sans: ["Inter", "system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        print: ["Times New Roman", "Tinos", "Liberation Serif", "Times", "serif"],
      },
      borderRadius: { card: "0.75rem" },
    },
  },
} satisfies Config;
