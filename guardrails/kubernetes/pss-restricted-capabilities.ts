import type { KubernetesRule } from "../rule";
import { firstFailing, POD_SPEC_KINDS } from "./pod-specs";

/** Pod Security restricted "Capabilities": drop ALL, add at most NET_BIND_SERVICE. */
export const podSecurityCapabilities: KubernetesRule = {
  id: "pss-restricted-capabilities",
  severity: "error",
  rationale: "Linux capabilities a container keeps are privileges an attacker inherits",
  fix: 'set securityContext.capabilities.drop: ["ALL"] on every container (add back only NET_BIND_SERVICE)',
  kinds: POD_SPEC_KINDS,
  check: (object) =>
    firstFailing(
      object,
      (container) => {
        const capabilities = container.securityContext?.capabilities ?? {};
        const dropsAll = (capabilities.drop ?? []).includes("ALL");
        const adds = (capabilities.add ?? []).filter((name: string) => name !== "NET_BIND_SERVICE");
        return dropsAll && adds.length === 0;
      },
      "does not drop ALL capabilities (or adds one other than NET_BIND_SERVICE)",
    ),
};
