// Text colours read at ≥ 4.5:1 (WCAG 2.1 AA, 1.4.3) on every surface the app puts text on, and the
// focus ring is not the error ring's red.
import { describe, expect, it } from "vitest";
import config from "../../tailwind.config";

const colors = config.theme.extend.colors;

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("colour tokens", () => {
  it("computes the WCAG ratio (black on white 21:1, the old faint grey 2.54:1)", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#9ca3af", "#ffffff")).toBeCloseTo(2.54, 2);
  });

  const surfaces = {
    white: colors.surface.DEFAULT,
    sunken: colors.surface.sunken,
    brand50: colors.brand[50],
  };
  for (const [name, fg] of Object.entries({
    ink: colors.ink.DEFAULT,
    muted: colors.ink.muted,
    faint: colors.ink.faint,
  }))
    for (const [bg, hex] of Object.entries(surfaces))
      it(`ink.${name} on ${bg} reads at ≥ 4.5:1`, () => {
        expect(contrast(fg, hex)).toBeGreaterThanOrEqual(4.5);
      });

  it("the focus ring stands out (≥ 3:1 on white) and is not the error red", () => {
    expect(contrast(colors.focus, colors.surface.DEFAULT)).toBeGreaterThanOrEqual(3);
    expect(colors.focus).not.toBe(colors.brand[500]);
    expect(colors.focus).not.toBe(colors.brand[600]);
  });
});
