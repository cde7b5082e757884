import type { KubernetesRule } from "../rule";
import { danglingAutoscaler } from "./dangling-horizontalpodautoscaler";
import { latestTag } from "./latest-tag";
import { noAntiAffinity } from "./no-anti-affinity";
import { noLivenessProbe } from "./no-liveness-probe";
import { noReadOnlyRootFs } from "./no-read-only-root-fs";
import { noReadinessProbe } from "./no-readiness-probe";
import { nonIsolatedPod } from "./non-isolated-pod";
import { privilegeEscalationContainer } from "./privilege-escalation-container";
import { podSecurityCapabilities } from "./pss-restricted-capabilities";
import { podSecurityRestrictedEnforced } from "./pss-restricted-enforced";
import { podSecuritySeccomp } from "./pss-restricted-seccomp";
import { replicatedWorkloadPdb } from "./replicated-workload-pdb";
import { runAsNonRoot } from "./run-as-non-root";
import { serviceAccountToken } from "./service-account-token";
import { unsetCpuRequirements } from "./unset-cpu-requirements";
import { unsetMemoryRequirements } from "./unset-memory-requirements";

/** The Kubernetes pack: every rule the cluster layer of every environment is checked against. */
export const KUBERNETES_RULES: readonly KubernetesRule[] = [
  podSecurityRestrictedEnforced,
  privilegeEscalationContainer,
  runAsNonRoot,
  podSecuritySeccomp,
  podSecurityCapabilities,
  noReadOnlyRootFs,
  unsetCpuRequirements,
  unsetMemoryRequirements,
  latestTag,
  noReadinessProbe,
  noLivenessProbe,
  serviceAccountToken,
  replicatedWorkloadPdb,
  noAntiAffinity,
  danglingAutoscaler,
  nonIsolatedPod,
];
