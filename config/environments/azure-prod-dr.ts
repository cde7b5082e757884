import type { EnvironmentSpec } from "../environment-spec";
import { azureProd } from "./azure-prod";

/**
 * The recovery target of azure-prod: deployed only when eastus2 is lost. Its cluster and identities are
 * new, its database is geo-restored from azure-prod's geo-redundant backups, and its artifact store is
 * the replica azure-prod kept in centralus (docs/azure-disaster-recovery.md).
 */
export const azureProdDr: EnvironmentSpec = {
  name: "azure-prod-dr",
  cloud: "azure",
  region: "centralus",
  recoveryRegion: "eastus2",
  tier: "prod",
  restores: "azure-prod",
  azure: {
    subscriptionId: "33333333-3333-4333-8333-333333333333",
    tenantId: "99999999-9999-4999-8999-999999999999",
    // Set when the drill or the failover starts: the latest restorable time of azure-prod's backups.
    restorePointInTimeUtc: "2026-12-01T00:00:00Z",
  },
  network: { vpcCidr: "10.42.0.0/16" },
  // Replicating back into the failed region is pointless until it returns; fail back deliberately.
  database: { replicateBackups: false },
  artifacts: { replicateToRecoveryRegion: false },
  guardrails: {
    suppressions: [
      {
        rule: "CKV_AZURE_136",
        reason:
          "the geo-restored server runs in centralus while eastus2, its pair and the only region geo-redundant backups could go to, is the region that failed; azure-prod, rebuilt there to fail back, keeps geo-redundant backups again",
      },
    ],
  },
  models: azureProd.models,
};
