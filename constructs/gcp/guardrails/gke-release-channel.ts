import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkeReleaseChannel: TerraformRule = {
  id: "CKV_GCP_70",
  severity: "error",
  rationale: "a release channel keeps the control plane and nodes on versions GKE still patches",
  fix: 'set release_channel.channel to "REGULAR" or "STABLE" (or "RAPID")',
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    const channel = blockOf(config.release_channel).channel;
    return channel === undefined || channel === "UNSPECIFIED"
      ? "is enrolled in no release channel"
      : undefined;
  },
};
