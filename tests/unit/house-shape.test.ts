// The house's shape, checked (docs/decisions/0062-one-mutation-shape.md): every lib/**/actions.ts
// holds only createAction wrappers named `<operation>Action`, each around an operation imported
// without an alias from the file named after it, whose signature is (actor, input); every route
// handler goes through createRoute (or a helper built on it). A broken shape fails here, by file.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

function walk(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" ? [] : walk(path, name);
    return d.name === name ? [path] : [];
  });
}

const parse = (path: string) =>
  ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function resolveModule(from: string, spec: string) {
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : resolve(dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find(existsSync);
}

/** Actions that cannot ask the session first, because they open or close it. */
const SESSION_ACTIONS: Record<string, string> = {
  login: "opens the session: there is no actor yet, and the rate limit comes before any lookup",
  logout: "closes the session",
  acceptInvite: "opens the session: the invite link is the credential, there is no actor yet",
};

type Wrapper = { exported: string; operation: string; from?: string };

function readActions(path: string) {
  const file = parse(path);
  const problems: string[] = [];
  const imports = new Map<string, string>();
  const wrappers: Wrapper[] = [];
  const first = file.statements[0];
  if (!(
    first &&
    ts.isExpressionStatement(first) &&
    ts.isStringLiteral(first.expression) &&
    first.expression.text === "use server"
  ))
    problems.push('the file does not start with "use server"');
  for (const st of file.statements.slice(1)) {
    if (ts.isImportDeclaration(st)) {
      const spec = (st.moduleSpecifier as ts.StringLiteral).text;
      const named = st.importClause?.namedBindings;
      if (named && ts.isNamedImports(named))
        for (const el of named.elements) {
          if (el.propertyName) problems.push(`aliased import ${el.propertyName.text} as ${el.name.text}`);
          imports.set(el.name.text, spec);
        }
      continue;
    }
    if (ts.isFunctionDeclaration(st) && st.name && st.name.text in SESSION_ACTIONS) continue;
    const exported =
      ts.isVariableStatement(st) && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const decl = exported ? st.declarationList.declarations[0] : undefined;
    const call = decl?.initializer;
    if (!decl || !ts.isIdentifier(decl.name) || !call || !ts.isCallExpression(call)) {
      problems.push(
        `line ${file.getLineAndCharacterOfPosition(st.getStart()).line + 1} is not an exported createAction(…)`,
      );
      continue;
    }
    const callee = call.expression.getText();
    const op = call.arguments[1];
    if (callee !== "createAction" || !op || !ts.isIdentifier(op)) {
      problems.push(`${decl.name.text} is not createAction(config, operation)`);
      continue;
    }
    wrappers.push({ exported: decl.name.text, operation: op.text, from: imports.get(op.text) });
  }
  return { problems, wrappers };
}

function operationProblems(actionsPath: string, w: Wrapper) {
  const out: string[] = [];
  if (w.exported !== `${w.operation}Action`) out.push(`${w.exported} should be named ${w.operation}Action`);
  if (!w.from) return [...out, `${w.operation} is not imported`];
  const last = w.from.split("/").at(-1);
  if (last !== kebab(w.operation))
    out.push(`${w.operation} comes from "${w.from}", not from a file named ${kebab(w.operation)}.ts`);
  const path = resolveModule(actionsPath, w.from);
  if (!path) return [...out, `${w.from} is not found`];
  const fn = parse(path).statements.find(
    (s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === w.operation,
  );
  if (!fn) return [...out, `${relative(ROOT, path)} does not declare function ${w.operation}`];
  const params = fn.parameters.map((p) => p.name.getText());
  if (params[0] !== "actor" || params.length > 2)
    out.push(`${w.operation}(${params.join(", ")}) should take (actor, input)`);
  return out;
}

const actionFiles = walk(join(ROOT, "lib"), "actions.ts");

describe("one mutation shape", () => {
  it("finds the actions of every domain", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(actionFiles.map((p) => [relative(ROOT, p), p]))(
    "%s holds only createAction wrappers",
    (_, path) => {
      const { problems, wrappers } = readActions(path);
      expect([...problems, ...wrappers.flatMap((w) => operationProblems(path, w))]).toEqual([]);
    },
  );

  it("names every operation once across the app", () => {
    const names = actionFiles.flatMap((p) => readActions(p).wrappers.map((w) => w.operation));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("keeps server actions in actions.ts files only", () => {
    const serverFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
        const path = join(dir, d.name);
        if (d.isDirectory()) return d.name === "generated" ? [] : serverFiles(path);
        return /\.tsx?$/.test(d.name) && /^["']use server["']/.test(readFileSync(path, "utf8")) ? [path] : [];
      });
    const elsewhere = ["lib", "app", "components"]
      .flatMap((dir) => serverFiles(join(ROOT, dir)))
      .filter((p) => !p.endsWith("/actions.ts"));
    expect(elsewhere.map((p) => relative(ROOT, p))).toEqual([]);
  });
});

/** Routes that stand outside the wrapper on purpose, and why. */
const UNWRAPPED: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own handlers: sign-in is what they do",
  "app/api/health/route.ts":
    "public by design: the load balancer and the error page ask it without a session",
};

describe("one route wrapper", () => {
  const routes = [
    ...walk(join(ROOT, "app/api"), "route.ts"),
    ...walk(join(ROOT, "app/api"), "route.tsx"),
  ].filter((p) => !(relative(ROOT, p) in UNWRAPPED));

  it("leaves out only routes that still exist", () => {
    for (const rel of Object.keys(UNWRAPPED)) expect(existsSync(join(ROOT, rel)), rel).toBe(true);
  });

  it.each(routes.map((p) => [relative(ROOT, p), p]))("%s answers through createRoute", (rel, path) => {
    const file = parse(path);
    const methods = file.statements.filter(
      (s) =>
        (ts.isFunctionDeclaration(s) && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) ||
        (ts.isVariableStatement(s) &&
          s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
          /^(GET|POST|PUT|PATCH|DELETE)$/.test(s.declarationList.declarations[0].name.getText())),
    );
    const bad = methods
      .map((s) => (ts.isVariableStatement(s) ? s.declarationList.declarations[0] : s))
      .filter(
        (d) =>
          !(
            ts.isVariableDeclaration(d) &&
            d.initializer &&
            ts.isCallExpression(d.initializer) &&
            /^(createRoute|\w+Route)$/.test(d.initializer.expression.getText())
          ),
      )
      .map((d) => (d as ts.VariableDeclaration | ts.FunctionDeclaration).name?.getText());
    expect(methods.length, "exports no HTTP method").toBeGreaterThan(0);
    expect(bad, "methods written by hand instead of createRoute(…)").toEqual([]);
  });
});
