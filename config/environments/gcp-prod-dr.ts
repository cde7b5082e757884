import type { EnvironmentSpec } from "../environment-spec";
import { gcpProd } from "./gcp-prod";

/**
 * The recovery target of gcp-prod, deployed only when us-central1 is lost: a new network, cluster and
 * database in us-east4, the artifacts from gcp-prod's dual-region bucket (see docs/gcp-disaster-recovery.md).
 */
export const gcpProdDr: EnvironmentSpec = {
  name: "gcp-prod-dr",
  cloud: "gcp",
  region: "us-east4",
  recoveryRegion: "us-central1",
  tier: "prod",
  restores: "gcp-prod",
  gcp: { projectId: "mlops-platform-prod-1" },
  network: { vpcCidr: "10.62.0.0/16" },
  database: { replicateBackups: false },
  artifacts: { replicateToRecoveryRegion: false },
  models: gcpProd.models,
};
