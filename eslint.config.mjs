// ESLint for the checker page's JavaScript (make lint). Pinned in package.json.
import js from "@eslint/js";

const browser = Object.fromEntries(
  [
    "window", "document", "location", "history", "performance", "navigator", "setTimeout",
    "clearTimeout", "URL", "Worker", "fetch", "TextEncoder", "TextDecoder", "btoa", "atob",
    "CSS", "Blob", "Response", "DecompressionStream", "self", "RadioNodeList",
  ].map((name) => [name, "readonly"]),
);

export default [
  {
    files: ["docs/javascripts/checker.js", "docs/javascripts/checker/**/*.js"],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: browser },
    rules: {
      ...js.configs.recommended.rules,
      "no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: "error",
      "no-var": "error",
      "prefer-const": "error",
      "no-implicit-globals": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
];
