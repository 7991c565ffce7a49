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
        ink: { DEFAULT: "#1f2937", muted: "#6b7280", faint: "#9ca3af" },
        surface: { DEFAULT: "#ffffff", sunken: "#f6f7f9", line: "#e5e7eb" },
      },
      fontFamily: {
        sans: ["Inter", "system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
        print: ["Times New Roman", "Tinos", "Liberation Serif", "Times", "serif"],
      },
      borderRadius: { card: "0.75rem" },
    },
  },
} satisfies Config;
