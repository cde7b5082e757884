// Plain JavaScript on purpose: TypeScript 7 has no compiler API for ts-jest/ts-node to load a TS config.
const transform = {
  "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }],
  // The CEL evaluator ships only as ES modules; jest on Node 20 loads CommonJS.
  "node_modules/@marcbachmann/cel-js/.+\\.js$": [
    "@swc/jest",
    { jsc: { target: "es2022" }, module: { type: "commonjs" } },
  ],
};

const common = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["ts", "js", "json"],
  transformIgnorePatterns: ["/node_modules/(?!@marcbachmann/cel-js/)"],
  snapshotFormat: { printBasicPrototype: false },
};

/** @type {import('jest').Config} */
module.exports = {
  // One worker per core: jest's default (cores - 1) runs one test file at a time on a 2-core machine.
  maxWorkers: "100%",
  globalTeardown: "<rootDir>/test/support/remove-testing-outdirs.js",
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/test/e2e/", "<rootDir>/test/validation/"],
    },
    {
      ...common,
      displayName: "validation",
      testMatch: ["<rootDir>/test/validation/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
