// ESLint flat config (ESLint 9). `npm run lint` = `eslint .`
//
// office-addin-lint (the Office template's wrapper) only checks *.ts/*.js, not *.tsx, and
// eslint-plugin-office-addins' own flat configs bundle an older @typescript-eslint plugin and prettier as errors.
// So this config takes the Office.js rules from eslint-plugin-office-addins and the React rules from the
// eslint-plugin-react config it exports, and uses the project's typescript-eslint for TypeScript.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

/** eslint-plugin-react's flat "recommended" config, as exported through eslint-plugin-office-addins' react config. */
const reactRecommended = officeAddins.configs.react.find((config) => config.plugins && config.plugins.react && config.rules);

/** The Office.js rules of eslint-plugin-office-addins' recommended config (context.sync, load, isNullObject). */
const officeAddinsRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.find((config) => config.rules && config.plugins?.["office-addins"]).rules).filter(
    ([rule]) => rule.startsWith("office-addins/"),
  ),
);

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

/** A module outside the domain: not a relative path (a library or node module). */
const PACKAGE_IMPORT = { regex: "^(?!\\.{1,2}/)", message: "src/domain is pure TypeScript: import only files of src/domain (libraries belong in the adapters)." };

/**
 * The no-restricted-imports rule of src/domain, one block per folder depth: a file `depth` folders below src/domain
 * may climb at most `depth` levels, so nothing reaches back out of src/domain (cli, taskpane, workbook, app).
 */
function domainImportRules() {
  return [0, 1, 2, 3].map((depth) => ({
    files: [`src/domain/${"*/".repeat(depth)}*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            PACKAGE_IMPORT,
            {
              regex: `^(?:\\.\\./){${depth + 1},}`,
              message: "src/domain imports nothing outside src/domain: adapters and fronts depend on the domain, never the reverse.",
            },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: ["dist/", "dist-cli/", "node_modules/", "coverage/", "out/", "test/browser/screenshots/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Chinese documents indent with full-width spaces (U+3000): allowed inside strings, regular expressions,
      // templates and comments (examples quote the documents), still an error in code itself.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
      // Text cleaning uses explicit ranges such as [^\x00-\x7f] (non-ASCII) and [\x00-\x1f] (characters Excel refuses).
      "no-control-regex": "off",
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "test/taskpane/**/*.tsx"],
    ...reactRecommended,
    settings: { react: { version: "19.2" } },
    rules: {
      ...reactRecommended.rules,
      // React 17+ JSX transform (tsconfig "jsx": "react-jsx"): no React import needed; TypeScript checks props.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      // The classic rules fail the build; the React Compiler rules of eslint-plugin-react-hooks 7 only warn.
      ...Object.fromEntries(Object.keys(reactHooks.configs["recommended-latest"].rules).map((rule) => [rule, "warn"])),
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  // src/domain is pure TypeScript: it imports only its own files (relative paths that stay inside src/domain),
  // never a library, a node module, Office.js, ExcelJS, React or an adapter. test/architecture/importGraph.test.ts
  // also keeps its folders and files free of import circles.
  ...domainImportRules(),
  {
    // A test's temporary folders come from test/temporaryFolders.ts, which removes them after the file's last test.
    files: ["test/**/*.{ts,tsx}"],
    ignores: ["test/temporaryFolders.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...["ImportSpecifier[imported.name=/^mkdtemp(Sync)?$/]", "CallExpression[callee.property.name=/^mkdtemp(Sync)?$/]"].map((selector) => ({
          selector,
          message: "Make temporary folders with temporaryFolders() (test/temporaryFolders.ts): it removes them after the tests.",
        })),
      ],
    },
  },
  {
    // Node scripts and configuration files (CommonJS and ES modules).
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
