import type { TerraformResource, TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

const ANYWHERE = ["0.0.0.0/0", "::/0"];

/** What is wrong with the cluster's IP endpoint, if anything. */
function ipEndpointProblem(config: TerraformResource["config"]): string | undefined {
  const endpoints = blockOf(config.control_plane_endpoints_config);
  if (blockOf(endpoints.ip_endpoints_config).enabled === false) return undefined;
  if (blockOf(config.private_cluster_config).enable_private_endpoint === true) return undefined;
  if (config.master_authorized_networks_config === undefined)
    return "has a public API endpoint open to 0.0.0.0/0 (no master_authorized_networks_config)";
  const authorized = blockOf(config.master_authorized_networks_config);
  const cidrs: string[] = [authorized.cidr_blocks ?? []]
    .flat()
    .map((block: { cidr_block?: string }) => block.cidr_block ?? "");
  if (cidrs.some((cidr) => ANYWHERE.includes(cidr))) return "has a public API endpoint open to 0.0.0.0/0";
  return authorized.gcp_public_cidrs_access_enabled === true
    ? "has a public API endpoint open to every Google Cloud address (gcp_public_cidrs_access_enabled)"
    : undefined;
}

export const gkeControlPlaneNotPublic: TerraformRule = {
  id: "CKV_GCP_18",
  severity: "error",
  rationale: "an API server open to the internet is one leaked credential away from the cluster",
  fix: "set private_cluster_config.enable_private_endpoint = true, or list the operators' ranges in master_authorized_networks_config (never 0.0.0.0/0); keep the DNS endpoint closed to external traffic",
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    const dns = blockOf(blockOf(config.control_plane_endpoints_config).dns_endpoint_config);
    // The DNS endpoint, when it takes external traffic, answers any network and is gated by IAM alone.
    if (dns.allow_external_traffic === true)
      return "has a DNS endpoint reachable from any network (dns_endpoint_config.allow_external_traffic)";
    return ipEndpointProblem(config);
  },
};
