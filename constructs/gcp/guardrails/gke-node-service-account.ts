import type { TerraformRule } from "../../../guardrails/rule";
import { NODE_RESOURCES, nodeFinding } from "./gke-node-configs";

/** Compute Engine's default service account (the Editor of its project) and App Engine's. */
const DEFAULT_ACCOUNT = /-compute@developer\.gserviceaccount\.com$|@appspot\.gserviceaccount\.com$/;

export const gkeNodeServiceAccount: TerraformRule = {
  id: "CKV2_GCP_1",
  severity: "error",
  rationale:
    "nodes without a service account of their own run as Compute Engine's default one, an Editor of the whole project",
  fix: "set node_config.service_account to a dedicated account holding roles/container.defaultNodeServiceAccount",
  resourceTypes: NODE_RESOURCES,
  check: ({ type, config }) =>
    nodeFinding(
      type,
      config,
      (node) => {
        const account = node.service_account;
        return typeof account !== "string" || account === "default" || DEFAULT_ACCOUNT.test(account);
      },
      "runs its nodes as the Compute Engine default service account",
    ),
};
