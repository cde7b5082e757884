// Jest global teardown. cdktf's and cdk8s's Testing.app() each create a temporary output directory
// (cdktf.outdir.*, cdk8s.outdir.*) and never remove it; remove what this run's test files left behind.
const { readdirSync, rmSync, statSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

module.exports = async function removeTestingOutdirs() {
  const startedAt = Date.now() - process.uptime() * 1000;
  for (const name of readdirSync(tmpdir())) {
    if (!/^(cdktf|cdk8s)\.outdir\./.test(name)) continue;
    const path = join(tmpdir(), name);
    // Only directories created since this jest process started: never another run's.
    if (statSync(path).mtimeMs >= startedAt) rmSync(path, { recursive: true, force: true });
  }
};
