/**
 * Pods that must not be evicted mid-run (training steps, database backup and restore Jobs) carry the
 * annotation of their cloud's node autoscaler, and no other cloud's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clusterLayer, type Manifest } from "../support/cluster-layer";

const KARPENTER = { "karpenter.sh/do-not-disrupt": "true" };
const CLUSTER_AUTOSCALER = { "cluster-autoscaler.kubernetes.io/safe-to-evict": "false" };

const CASES = [
  ["dev", KARPENTER, CLUSTER_AUTOSCALER],
  ["prod", KARPENTER, CLUSTER_AUTOSCALER],
  ["azure-dev", CLUSTER_AUTOSCALER, KARPENTER],
  ["azure-prod", CLUSTER_AUTOSCALER, KARPENTER],
  ["gcp-dev", CLUSTER_AUTOSCALER, KARPENTER],
  ["gcp-prod", CLUSTER_AUTOSCALER, KARPENTER],
] as const;

/** Every pod template of the environment that must finish where it started. */
function runToCompletionPods(env: string): { name: string; annotations: Record<string, string> }[] {
  const layer = clusterLayer(env);
  const template = layer.one("WorkflowTemplate", "ml-training-pipeline");
  const cronJobs = ["postgres-backup", "postgres-restore"].map((name) => layer.one("CronJob", name));
  return [
    { name: "ml-training-pipeline", annotations: template.spec.podMetadata.annotations ?? {} },
    ...cronJobs.map((cronJob: Manifest) => ({
      name: cronJob.metadata.name,
      annotations: cronJob.spec.jobTemplate.spec.template.metadata.annotations ?? {},
    })),
  ];
}

describe.each(CASES)("%s: pods that run to completion", (env, expected, foreign) => {
  test.each(runToCompletionPods(env).map((pod) => [pod.name, pod]))(
    "%s carries its cloud's do-not-evict annotation and not another cloud's",
    (_name, pod) => {
      expect(pod.annotations).toMatchObject(expected);
      for (const key of Object.keys(foreign)) expect(pod.annotations).not.toHaveProperty(key);
    },
  );

  test("no synthesized object carries another cloud's autoscaler annotation", () => {
    const text = JSON.stringify(clusterLayer(env).all);
    for (const key of Object.keys(foreign)) expect(text).not.toContain(key);
  });
});

test("the runbooks name exactly the annotations the clouds put on those pods", () => {
  const runbook = readFileSync(join(__dirname, "../../docs/runbooks.md"), "utf8");
  const named = new Set(
    [...runbook.matchAll(/`((?:karpenter\.sh|cluster-autoscaler\.kubernetes\.io)\/[-a-z]+): "(\w+)"`/g)].map(
      (match) => `${match[1]}=${match[2]}`,
    ),
  );
  const put = new Set(
    CASES.flatMap(([env]) =>
      runToCompletionPods(env).flatMap((pod) =>
        Object.entries(pod.annotations)
          .filter(([key]) => key in KARPENTER || key in CLUSTER_AUTOSCALER)
          .map(([key, value]) => `${key}=${value}`),
      ),
    ),
  );
  expect([...named].sort()).toEqual([...put].sort());
  expect(put.size).toBe(2);
});
