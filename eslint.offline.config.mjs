// ESLint for the offline copy's scripts: the page module (docs/javascripts/offline.js) and
// the service worker template (scripts/sitegen/templates/offline/sw.js). Same rules as the
// checker's (eslint.config.mjs); run: npx eslint -c eslint.offline.config.mjs <files>.
import js from "@eslint/js";

const rules = {
  ...js.configs.recommended.rules,
  "no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
  eqeqeq: "error",
  "no-var": "error",
  "prefer-const": "error",
  "no-implicit-globals": "error",
  "no-eval": "error",
  "no-implied-eval": "error",
  "no-new-func": "error",
};

const globals = (names) => Object.fromEntries(names.map((name) => [name, "readonly"]));

export default [
  {
    files: ["docs/javascripts/offline.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: globals(["window", "document", "location", "navigator", "caches", "setTimeout", "URL"]),
    },
    rules,
  },
  {
    files: ["scripts/sitegen/templates/offline/sw.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: globals(["self", "caches", "fetch", "Request", "URL"]),
    },
    rules,
  },
];
