// The building blocks of the route-handler matrix (route-matrix.test.ts): every app/api/**/route.ts
// export × every role. Rows live in route-matrix.ts (Foundation) and route-matrix-<domain>.ts.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import type { Scope } from "./matrix-kit";
import type { RoleKey, World } from "./world";
import { docxText, pdfText } from "../../support/documents";

/** "ok" is any 2xx; a refusal is the status the handler must answer with. */
export type RouteExpected = "ok" | 400 | 401 | 403 | 404;
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

export type RouteRequest = {
  /** Values of the dynamic segments ([id] → { id }). */
  params?: Record<string, string>;
  /** "?year=2026&…" */
  query?: string;
  /** JSON (sent as application/json) or FormData (multipart, e.g. an uploaded file). */
  body?: unknown;
  headers?: Record<string, string>;
};

export type RouteRow<F> = {
  /** The permission the handler checks (for docs/security.md; the cells check the outcome). */
  permission: string;
  scope: Scope | "public";
  /** Fresh records for one cell, made before the "before" snapshot. */
  prepare?: (w: World) => Promise<F>;
  /** A request an allowed actor succeeds with. `role` lets "own record" rows ask for the caller's own id. */
  request: (f: F, w: World, role: RoleKey) => RouteRequest;
  /** What a person sees in the response: the text of the file (see readXlsx/readPdf/readDocx) or the body. */
  read?: (res: Response) => Promise<string>;
  /**
   * Text only an allowed actor of this unit may see (e.g. the target member's name): it must be in
   * their response and in no other cell's (a refusal, or the chair of another unit's own file).
   */
  secret?: (f: F, w: World) => string;
  /** An allowed call changes data (an import): audit rows by the actor are expected, nothing else is checked. */
  mutates?: boolean;
  expected: Record<RoleKey, RouteExpected>;
};
export type RouteMatrixRow = RouteRow<unknown>;
export const routeRow = <F>(r: RouteRow<F>) => r as RouteMatrixRow;

// ---- presets ----
const REFUSED = {
  anonymous: 401,
  member: 403,
  leaderSameGroup: 403,
  leaderOtherGroup: 403,
  ubkt: 403,
  bchMember: 403,
  viceChair: 403,
  chair: 403,
  // The cấp trên holds no CĐCS permission (decision 0083).
  upperChair: 403,
} as const;
/** Everybody, signed in or not (health checks). */
export const ROUTE_PUBLIC: Record<RoleKey, RouteExpected> = {
  anonymous: "ok",
  member: "ok",
  leaderSameGroup: "ok",
  leaderOtherGroup: "ok",
  ubkt: "ok",
  bchMember: "ok",
  viceChair: "ok",
  chair: "ok",
  chairOfOtherUnit: "ok",
  upperChair: "ok",
};
/** Unit-wide reads and exports (members.export, *.export, *.read.all): BCH, UBKT, phó chủ tịch, chủ tịch. */
export const ROUTE_READERS = {
  ...REFUSED,
  ubkt: "ok",
  bchMember: "ok",
  viceChair: "ok",
  chair: "ok",
} as const;
/** Unit-wide writes (members.import, *.manage): ủy viên BCH, phó chủ tịch, chủ tịch. */
export const ROUTE_WRITERS = { ...REFUSED, bchMember: "ok", viceChair: "ok", chair: "ok" } as const;
/** org.*: the cấp trên's leaders only; every CĐCS role, the other unit's chủ tịch too, is refused. */
export const ROUTE_UPPER = { ...REFUSED, chairOfOtherUnit: 403, upperChair: "ok" } as const;
/** The chủ tịch only. */
export const ROUTE_CHAIR = { ...REFUSED, chair: "ok" } as const;
/** Something about oneself: every signed-in member. */
export const ROUTE_SELF = {
  ...REFUSED,
  member: "ok",
  leaderSameGroup: "ok",
  leaderOtherGroup: "ok",
  ubkt: "ok",
  bchMember: "ok",
  viceChair: "ok",
  chair: "ok",
} as const;

// ---- discovery ----
const APP = fileURLToPath(new URL("../../../app/", import.meta.url));

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" || name === "route.tsx" ? [full] : [];
  });
}

export type DiscoveredRoute = { key: string; path: string; method: Method; handler: unknown };

/** Every exported HTTP method of every app/api/**\/route.ts, keyed "/api/members/export GET". */
export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const out: DiscoveredRoute[] = [];
  for (const file of routeFiles(join(APP, "api")).sort()) {
    const path = "/" + relative(APP, file).split(sep).slice(0, -1).join("/");
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS)
      if (method in mod) out.push({ key: `${path} ${method}`, path, method, handler: mod[method] });
  }
  return out;
}

// ---- calling a handler as Next would ----
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

// A URL cannot carry a lone UTF-16 surrogate: browsers send U+FFFD, as here.
const wellFormed = (v: string) =>
  v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
const fillPath = (path: string, params: Record<string, string> = {}) =>
  path.replace(/\[\.{0,3}(\w+)\]/g, (_, name: string) =>
    encodeURIComponent(wellFormed(params[name] ?? `missing-${name}`)),
  );

/** Calls the handler with a real Request; notFound()/redirect() thrown inside become 404/307 as in Next. */
export async function callRoute(
  route: Pick<DiscoveredRoute, "path" | "method" | "handler">,
  req: RouteRequest,
): Promise<Response> {
  const url = new URL(fillPath(route.path, req.params) + (req.query ?? ""), "http://localhost");
  const headers = new Headers(req.headers);
  let body: BodyInit | undefined;
  if (req.body instanceof FormData || typeof req.body === "string") body = req.body;
  else if (req.body !== undefined) {
    body = JSON.stringify(req.body);
    headers.set("content-type", "application/json");
  }
  try {
    return await (route.handler as Handler)(new NextRequest(url, { method: route.method, headers, body }), {
      params: Promise.resolve(req.params ?? {}),
    });
  } catch (err) {
    const digest = String((err as { digest?: string })?.digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;"))
      return new Response(null, { status: Number(digest.split(";")[1]) });
    if (digest.startsWith("NEXT_REDIRECT"))
      return new Response(null, { status: 307, headers: { location: digest.split(";")[2] ?? "" } });
    throw err;
  }
}

/** A response matches an expectation: any 2xx for "ok", else that exact status. */
export const matches = (status: number, expected: RouteExpected) =>
  expected === "ok" ? status >= 200 && status < 300 : status === expected;

// ---- reading files back as text ----
export async function readXlsx(res: Response): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.text ?? "")))));
  return cells.join("\n");
}
/**
 * The unique last word of a generated name ("Lê Thị Thăm 12d315ef" → "12d315ef"), for PDFs: a name
 * that wraps in a narrow table cell comes out of pdftotext with the next cell's text in between.
 */
export const lastWord = (name: string) => name.split(/\s+/).pop() ?? name;
export const readPdf = async (res: Response) => pdfText(new Uint8Array(await res.arrayBuffer()));
export const readDocx = async (res: Response) => docxText(new Uint8Array(await res.arrayBuffer()));
/** The body as text unless it is a known file type. */
export async function readAny(res: Response): Promise<string> {
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("spreadsheetml")) return readXlsx(res);
  if (type.includes("pdf")) return readPdf(res);
  if (type.includes("wordprocessingml")) return readDocx(res);
  return res.text();
}
