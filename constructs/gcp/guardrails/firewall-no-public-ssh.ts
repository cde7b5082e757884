import type { TerraformRule } from "../../../guardrails/rule";
import { admitsTcpPort, openToAnywhere } from "./firewall-ingress";

export const firewallNoPublicSsh: TerraformRule = {
  id: "CKV_GCP_2",
  severity: "error",
  rationale: "SSH open to the internet is scanned within minutes; nodes are reached through IAP when at all",
  fix: "limit the rule's source_ranges to known ranges (IAP's 35.235.240.0/20 for gcloud compute ssh), never 0.0.0.0/0",
  resourceTypes: ["google_compute_firewall"],
  check: (rule) =>
    openToAnywhere(rule).some((allow) => admitsTcpPort(allow, 22))
      ? "allows SSH (port 22) from 0.0.0.0/0"
      : undefined,
};
