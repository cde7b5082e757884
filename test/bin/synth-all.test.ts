import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { synthAll } from "../../bin/synth-all";
import { ENVIRONMENT_SPECS } from "../../config/environments";

describe("synthAll", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "synth-all-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const dirs = () => ({ stacksDir: join(root, "cdktf.out"), chartsDir: join(root, "dist") });

  test("writes every stack and a directory per environment for the charts", () => {
    synthAll(dirs());
    const environments = [
      "azure-dev",
      "azure-prod",
      "azure-prod-dr",
      "dev",
      "gcp-dev",
      "gcp-prod",
      "gcp-prod-dr",
      "prod",
      "prod-dr",
      "staging",
    ];
    expect(readdirSync(join(root, "cdktf.out", "stacks")).sort()).toEqual(environments);
    expect(readdirSync(join(root, "dist")).sort()).toEqual(environments);
    expect(readdirSync(root).sort()).toEqual(["cdktf.out", "dist"]);
  });

  test("a bad spec writes nothing and leaves the previous output untouched", () => {
    const { stacksDir, chartsDir } = dirs();
    mkdirSync(stacksDir);
    writeFileSync(join(stacksDir, "previous.txt"), "previous synth");
    const broken = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "prod" ? { ...spec, gpu: { maxGpus: -1 } } : spec,
    );
    expect(() => synthAll({ ...dirs(), specs: broken })).toThrow(
      'environment "prod", field gpu.maxGpus: got -1; expected an integer of 0 or more (0 disables the GPU pool)',
    );
    expect(readdirSync(stacksDir)).toEqual(["previous.txt"]);
    expect(readFileSync(join(stacksDir, "previous.txt"), "utf8")).toBe("previous synth");
    expect(readdirSync(root).sort()).toEqual(["cdktf.out"]);
    expect(() => readdirSync(chartsDir)).toThrow();
  });

  test("synthesizing twice gives byte-identical stacks", () => {
    const read = (dir: string) =>
      readdirSync(join(dir, "stacks")).map((stack) =>
        readFileSync(join(dir, "stacks", stack, "cdk.tf.json"), "utf8"),
      );
    synthAll(dirs());
    const first = read(join(root, "cdktf.out"));
    synthAll(dirs());
    expect(read(join(root, "cdktf.out"))).toEqual(first);
  });

  test("a second synth rewrites no chart file that did not change, and removes what it did not write", () => {
    const { chartsDir } = dirs();
    synthAll(dirs());
    const chart = join(chartsDir, "dev", "mlflow.k8s.yaml");
    const edited = join(chartsDir, "dev", "alerts.k8s.yaml");
    const longAgo = new Date("2020-01-01T00:00:00Z");
    utimesSync(chart, longAgo, longAgo);
    writeFileSync(edited, "edited by hand\n");
    writeFileSync(join(chartsDir, "dev", "stale.k8s.yaml"), "kind: Stale\n");
    mkdirSync(join(chartsDir, "removed-env", "bootstrap"), { recursive: true });
    writeFileSync(join(chartsDir, "removed-env", "bootstrap", "root.k8s.yaml"), "kind: Old\n");

    synthAll(dirs());

    expect(statSync(chart).mtimeMs).toBe(longAgo.getTime());
    expect(readFileSync(edited, "utf8")).not.toBe("edited by hand\n");
    expect(readFileSync(edited, "utf8")).toContain("kind: PrometheusRule");
    expect(existsSync(join(chartsDir, "dev", "stale.k8s.yaml"))).toBe(false);
    expect(existsSync(join(chartsDir, "removed-env"))).toBe(false);
    expect(statSync(join(chartsDir, "dev", "bootstrap", "bootstrap.sh")).mode & 0o777).toBe(0o755);
    expect(existsSync(`${chartsDir}.next`)).toBe(false);
  });
});
