/**
 * Pods that must not be evicted mid-run (training steps, database backup and restore Jobs) carry the
 * annotation of their cloud's node autoscaler, and no other cloud's.
 */
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
