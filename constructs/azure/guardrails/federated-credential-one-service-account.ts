import type { TerraformRule } from "../../../guardrails/rule";

/** The audience AKS workload identity tokens carry for Entra ID. */
const AUDIENCE = "api://AzureADTokenExchange";

export const federatedCredentialOneServiceAccount: TerraformRule = {
  id: "platform-federated-credential-one-service-account",
  severity: "error",
  rationale:
    "an identity federated to the cluster's issuer must be usable by one service account, not every pod",
  fix: `set subject = "system:serviceaccount:<namespace>:<name>", audience = ["${AUDIENCE}"] and issuer to the cluster's oidc_issuer_url`,
  resourceTypes: ["azurerm_federated_identity_credential"],
  check({ config }) {
    if (typeof config.subject !== "string" || !/^system:serviceaccount:[^:*]+:[^:*]+$/.test(config.subject))
      return `trusts ${JSON.stringify(config.subject)}, not one service account`;
    const audience: string[] = config.audience ?? [];
    if (audience.length !== 1 || audience[0] !== AUDIENCE)
      return `accepts the audiences ${JSON.stringify(audience)}, not exactly "${AUDIENCE}"`;
    const issuer = String(config.issuer ?? "");
    return /^\$\{azurerm_kubernetes_cluster\.[^.]+\.oidc_issuer_url\}$/.test(issuer) ||
      issuer.startsWith("https://")
      ? undefined
      : `trusts the issuer ${JSON.stringify(config.issuer)}, not a cluster's OIDC issuer`;
  },
};
