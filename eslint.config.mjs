// The linter `npm run lint` runs, and CI with it. Next.js's own rules (core web vitals, TypeScript),
// plus the few the house relies on: awaited promises, sorted imports, a complexity ceiling.
// Formatting is Prettier's job (`npm run format`), so no stylistic rule lives here.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const config = [
  {
    ignores: [
      "node_modules/**",
      "lib/generated/**",
      ".next*/**",
      "test-results/**",
      "playwright-report/**",
      "tests/.tmp/**",
      ".data/**",
      "bench/.data/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      // A promise nobody awaits loses its error: await it, return it, or mark it `void` on purpose.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // Imports in one order: node and packages, then "@/", then relative.
      "import/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          "newlines-between": "ignore",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      // A function past this many branches is split before it is merged (see CONTRIBUTING.md).
      complexity: ["error", { max: 20 }],
      // Says only that the React Compiler skips react-hook-form's watch(); the app does not use the compiler.
      "react-hooks/incompatible-library": "off",
      // One spelling of the permission check: can(actor, "members.write") from lib/auth/current-user.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='has'][callee.object.property.name='permissions']",
          message: 'Check a permission with can(actor, "…") from @/lib/auth/current-user.',
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // can() is defined here; the tests read the actor's permission set to check the table itself.
    files: ["lib/auth/current-user.ts", "tests/**"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // One-off scripts, the demo seed, benchmarks and tests read top to bottom as a story:
    // the complexity ceiling is for the app's own code.
    files: ["scripts/**", "prisma/**", "bench/**", "tests/**"],
    rules: { complexity: "off" },
  },
];

export default config;
