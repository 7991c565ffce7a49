// A file sent to the browser as a download: PDF, DOCX or Excel, with a Vietnamese-safe file name.
export const CONTENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type FileKind = keyof typeof CONTENT_TYPES;

/**
 * `name` without extension, ASCII kebab-case preferred (e.g. "bien-ban-12-2026"); `inline` lets a PDF
 * open in the browser's viewer instead of downloading.
 */
export function downloadResponse(
  body: Uint8Array,
  name: string,
  kind: FileKind,
  opts: { inline?: boolean } = {},
) {
  const filename = `${name}.${kind}`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[kind],
      "Content-Disposition": `${opts.inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
