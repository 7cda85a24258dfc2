/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true } }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // Its d3 dependencies are ES modules jest cannot require; the stand-in renders the bars as text.
    "^@fluentui/react-charts$": "<rootDir>/test/stubs/reactCharts.tsx",
  },
  setupFiles: ["<rootDir>/test/setup.ts"],
  // A generous per-test limit: the jsdom pane tests take seconds on a loaded 2-core machine. Speed is measured by
  // `npm run bench`, never by a test's time.
  testTimeout: 30000,
};
