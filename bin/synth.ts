import { existsSync, renameSync, rmSync } from "node:fs";
import { synthCharts } from "../charts/main";
import { synthStacks } from "../stacks/main";

/**
 * `npm run synth`: every stack into cdktf.out/ and every chart into dist/, offline, without credentials.
 * Both are written to temporary directories first and swapped in only when everything succeeded, so a
 * bad spec or a failing construct leaves the previous output untouched.
 */
const outputs = { stacks: "cdktf.out", charts: "dist" } as const;
const staging = { stacks: `${outputs.stacks}.next`, charts: `${outputs.charts}.next` } as const;

function replace(target: string, next: string): void {
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(next, target);
  rmSync(previous, { recursive: true, force: true });
}

try {
  for (const directory of Object.values(staging)) rmSync(directory, { recursive: true, force: true });
  const stackNotes = synthStacks(staging.stacks);
  const chartNotes = synthCharts(staging.charts);
  replace(outputs.stacks, staging.stacks);
  replace(outputs.charts, staging.charts);
  for (const note of [...stackNotes, ...chartNotes]) console.log(note);
} catch (error) {
  for (const directory of Object.values(staging)) rmSync(directory, { recursive: true, force: true });
  console.error(
    `synth failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
