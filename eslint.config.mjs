// ESLint for the site's JavaScript (make lint). Pinned in package.json. One rule set for
// the checker page's modules, the offline copy's page module (docs/javascripts/offline.js)
// and its service worker template (scripts/sitegen/templates/offline/sw.js); each entry
// only declares the globals its file may use.
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
    files: ["docs/javascripts/checker.js", "docs/javascripts/checker/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: globals([
        "window", "document", "location", "history", "performance", "navigator", "setTimeout",
        "clearTimeout", "URL", "Worker", "fetch", "TextEncoder", "TextDecoder", "btoa", "atob",
        "CSS", "Blob", "Response", "DecompressionStream", "self", "RadioNodeList",
      ]),
    },
    rules,
  },
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
