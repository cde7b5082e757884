import type { TerraformRule } from "../../../guardrails/rule";
import { admitsTcpPort, openToAnywhere } from "./firewall-ingress";

export const firewallNoPublicRdp: TerraformRule = {
  id: "CKV_GCP_3",
  severity: "error",
  rationale:
    "RDP open to the internet is one of the most attacked services; the platform runs no Windows nodes",
  fix: "limit the rule's source_ranges to known ranges (IAP's 35.235.240.0/20 for gcloud compute ssh), never 0.0.0.0/0",
  resourceTypes: ["google_compute_firewall"],
  check: (rule) =>
    openToAnywhere(rule).some((allow) => admitsTcpPort(allow, 3389))
      ? "allows RDP (port 3389) from 0.0.0.0/0"
      : undefined,
};
