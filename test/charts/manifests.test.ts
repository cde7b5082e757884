import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseAllDocuments } from "yaml";
import { synthCharts } from "../../charts/main";
import { clusterLayer } from "../support/cluster-layer";
import { validateManifest } from "../support/k8s-schema";

const ENVIRONMENTS = [
  "dev",
  "staging",
  "prod",
  "prod-dr",
  "azure-dev",
  "azure-prod",
  "azure-prod-dr",
  "gcp-dev",
  "gcp-prod",
  "gcp-prod-dr",
];

/** Every file of an environment's output, the bootstrap folder's included, relative to it. */
function outputFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

describe("the synthesized cluster layer", () => {
  let outdir: string;
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), "charts-"));
    synthCharts(outdir);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test("writes one directory per environment, one file per chart, and the bootstrap", () => {
    expect(readdirSync(outdir).sort()).toEqual([...ENVIRONMENTS].sort());
    expect(outputFiles(join(outdir, "dev"))).toEqual(
      [
        ...[...clusterLayer("dev").charts.keys()].map((chart) => `${chart}.k8s.yaml`),
        "bootstrap/argocd-values.yaml",
        "bootstrap/bootstrap.sh",
        "bootstrap/namespace.k8s.yaml",
        "bootstrap/root.k8s.yaml",
      ].sort(),
    );
  });

  test.each(ENVIRONMENTS)(
    "every object of %s validates against the schema of its apiVersion and kind",
    (name) => {
      const files = outputFiles(join(outdir, name)).filter((file) => file.endsWith(".k8s.yaml"));
      const problems: string[] = [];
      let count = 0;
      for (const file of files) {
        for (const document of parseAllDocuments(readFileSync(join(outdir, name, file), "utf8"))) {
          const manifest = document.toJS();
          if (manifest === null) continue;
          count += 1;
          problems.push(...validateManifest(manifest).map((problem) => `${file}: ${problem}`));
        }
      }
      expect(problems).toEqual([]);
      expect(count).toBeGreaterThan(0);
    },
  );

  test("an object of an unknown kind fails validation", () => {
    expect(
      validateManifest({ apiVersion: "example.com/v1", kind: "Gadget", metadata: { name: "x" } }),
    ).not.toEqual([]);
  });

  test("synthesizing twice gives byte-identical files", () => {
    const again = mkdtempSync(join(tmpdir(), "charts-again-"));
    try {
      synthCharts(again);
      for (const name of ENVIRONMENTS) {
        for (const file of outputFiles(join(outdir, name))) {
          expect(readFileSync(join(again, name, file), "utf8")).toBe(
            readFileSync(join(outdir, name, file), "utf8"),
          );
        }
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  test("every namespaced object names its namespace", () => {
    const clusterScoped = new Set([
      "Namespace",
      "NodePool",
      "EC2NodeClass",
      "ClusterRole",
      "ClusterRoleBinding",
      "ClusterSecretStore",
      "IngressClass",
    ]);
    for (const name of ENVIRONMENTS) {
      for (const manifest of clusterLayer(name).all) {
        if (!clusterScoped.has(manifest.kind))
          expect([manifest.kind, manifest.metadata.name, manifest.metadata.namespace]).toEqual([
            manifest.kind,
            manifest.metadata.name,
            expect.any(String),
          ]);
      }
    }
  });
});

describe("platform baseline", () => {
  const layer = clusterLayer("dev");

  test.each(["mlflow", "mlops", "argo"])(
    "namespace %s enforces the restricted Pod Security profile",
    (namespace) => {
      expect(layer.one("Namespace", namespace).metadata.labels).toMatchObject({
        "pod-security.kubernetes.io/enforce": "restricted",
        "pod-security.kubernetes.io/audit": "restricted",
        "pod-security.kubernetes.io/warn": "restricted",
      });
    },
  );

  test.each(["mlflow", "mlops", "argo"])(
    "namespace %s denies all traffic by default and allows DNS",
    (namespace) => {
      const policies = layer
        .ofKind("NetworkPolicy")
        .filter((policy) => policy.metadata.namespace === namespace);
      const deny = policies.find((policy) => policy.metadata.name === "default-deny-all");
      expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
      const dns = policies.find((policy) => policy.metadata.name === "allow-dns");
      expect(dns.spec.egress[0].ports).toEqual([
        { port: 53, protocol: "UDP" },
        { port: 53, protocol: "TCP" },
      ]);
    },
  );
});

describe("snapshots of the charts without a test file of their own", () => {
  test.each(ENVIRONMENTS)("platform-baseline and gitops charts of %s", (name) => {
    const layer = clusterLayer(name);
    expect({
      "platform-baseline": layer.chart("platform-baseline"),
      gitops: layer.chart("gitops"),
    }).toMatchSnapshot();
  });
});
