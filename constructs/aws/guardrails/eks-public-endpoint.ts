import type { TerraformRule } from "../../../guardrails/rule";

export const eksPublicEndpoint: TerraformRule = {
  id: "CKV_AWS_38",
  severity: "error",
  rationale: "an API server open to the internet is one leaked credential away from the cluster",
  fix: "keep the endpoint private, or list the operators' ranges in cluster.publicAccessCidrs (never 0.0.0.0/0)",
  resourceTypes: ["aws_eks_cluster"],
  check({ config }) {
    const vpc = [config.vpc_config ?? []].flat()[0] ?? {};
    // The provider's default is a public endpoint.
    if (vpc.endpoint_public_access === false) return undefined;
    const cidrs: string[] = vpc.public_access_cidrs ?? [];
    if (cidrs.length === 0) return "has a public API endpoint open to 0.0.0.0/0 (no public_access_cidrs)";
    return cidrs.includes("0.0.0.0/0") ? "has a public API endpoint open to 0.0.0.0/0" : undefined;
  },
};
