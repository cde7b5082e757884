#!/usr/bin/env node
// Runs a TypeScript entry point from a cached esbuild bundle: `node bin/run-bundled.cjs <entry.ts> [args]`.
//
// Why: loading cdktf, the provider modules and cdk8s file by file costs more than the whole synth. One
// bundled file loads several times faster. The bundle is rebuilt only when one of its input files
// (project source, the lock file, or npm's record of node_modules) is newer than it, so an edit to the
// project or an npm install is always picked up.
"use strict";
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const root = path.resolve(__dirname, "..");
const [entryArgument, ...args] = process.argv.slice(2);
if (!entryArgument) {
  console.error("usage: node bin/run-bundled.cjs <entry.ts> [args...]");
  process.exit(2);
}
const entry = path.resolve(entryArgument);
const cacheDirectory = path.join(root, "node_modules", ".cache", "mlops-platform");
const bundleName = path.relative(root, entry).replace(/[\\/]/g, "__").replace(/\.ts$/, "");
const bundle = path.join(cacheDirectory, `${bundleName}.cjs`);
const inputsFile = `${bundle}.inputs.json`;

function isFresh() {
  let bundleTime;
  let inputs;
  try {
    bundleTime = fs.statSync(bundle).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(inputsFile, "utf8"));
  } catch {
    return false;
  }
  for (const input of inputs) {
    try {
      if (fs.statSync(path.join(root, input)).mtimeMs > bundleTime) return false;
    } catch {
      return false; // an input was removed or renamed
    }
  }
  return true;
}

function build() {
  const esbuild = require("esbuild");
  fs.mkdirSync(cacheDirectory, { recursive: true });
  const temporary = `${bundle}.${process.pid}.tmp`;
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: temporary,
    metafile: true,
    logLevel: "warning",
    absWorkingDir: root,
    // Smaller to read and compile (names kept: jsii and the constructs read class names).
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    // Every character outside ASCII escaped, so the bundle can be read as one-byte text (below).
    charset: "ascii",
    // The same JSON as cdktf's writer, faster (see the file).
    alias: { "json-stable-stringify": "./stacks/stable-json-stringify.cjs" },
  });
  if (fs.readFileSync(temporary).some((byte) => byte > 0x7f)) {
    throw new Error(`run-bundled: ${temporary} holds bytes outside ASCII; it cannot be read as latin1`);
  }
  // Dependencies change only through npm, which rewrites node_modules/.package-lock.json whenever it
  // changes node_modules: that one file stands for the hundreds of dependency files in the bundle, and
  // checking a run's freshness costs a tenth of what it did.
  const inputs = [
    ...Object.keys(result.metafile.inputs).filter(
      (input) => !input.startsWith("<") && !input.startsWith("node_modules/"),
    ),
    "package-lock.json",
    "node_modules/.package-lock.json",
    // How the bundle is built is an input too.
    path.relative(root, __filename),
  ];
  fs.writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  fs.renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  fs.rmSync(codeCacheFile, { force: true });
  fs.renameSync(temporary, bundle);
}

// V8's compiled code for the bundle, kept beside it: parsing and compiling ~10 MB of JavaScript is a
// large share of a run, and Node 20 has no compile cache of its own. Rebuilding the bundle removes it.
const codeCacheFile = `${bundle}.v8-code-cache`;

function runBundle() {
  // ASCII only (see build): read as latin1, a copy into a one-byte string instead of UTF-8 decoding.
  const source = fs.readFileSync(bundle, "latin1");
  let cachedData;
  try {
    cachedData = fs.readFileSync(codeCacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const bundleModule = new Module(bundle, module);
  bundleModule.filename = bundle;
  bundleModule.paths = Module._nodeModulePaths(path.dirname(bundle));
  const run = script.runInThisContext();
  run.call(
    bundleModule.exports,
    bundleModule.exports,
    Module.createRequire(bundle),
    bundleModule,
    bundle,
    path.dirname(bundle),
  );
  if (cachedData === undefined || script.cachedDataRejected) {
    // After the run, so that the functions it compiled are in the cache too.
    const temporary = `${codeCacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData());
    fs.renameSync(temporary, codeCacheFile);
  }
}

if (!isFresh()) build();
process.argv = [process.argv[0], entry, ...args];
runBundle();
