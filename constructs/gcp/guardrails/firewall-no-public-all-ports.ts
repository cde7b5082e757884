import type { TerraformRule } from "../../../guardrails/rule";
import { allPorts, openToAnywhere } from "./firewall-ingress";

export const firewallNoPublicAllPorts: TerraformRule = {
  id: "CKV2_GCP_12",
  severity: "error",
  rationale: "a rule admitting every port from anywhere exposes whatever listens on the nodes, now or later",
  fix: "name the ports and the source ranges the rule is for",
  resourceTypes: ["google_compute_firewall"],
  check: (rule) => (openToAnywhere(rule).some(allPorts) ? "allows every port from 0.0.0.0/0" : undefined),
};
