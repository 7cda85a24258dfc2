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
  // The pane's steps load on demand (React.lazy): a test clicks through several; on a busy machine 5 s is short.
  testTimeout: 20000,
};
