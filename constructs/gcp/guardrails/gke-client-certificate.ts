import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkeClientCertificate: TerraformRule = {
  id: "CKV_GCP_13",
  severity: "error",
  rationale:
    "a client certificate is a cluster-admin credential that cannot be revoked; users and workloads sign in with Google identities",
  fix: "set master_auth.client_certificate_config.issue_client_certificate = false (or leave master_auth out)",
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    const certificate = blockOf(blockOf(config.master_auth).client_certificate_config);
    return certificate.issue_client_certificate === true ? "issues a client certificate" : undefined;
  },
};
