import type { EnvironmentSpec } from "../environment-spec";
import { prod } from "./prod";

/**
 * The recovery target of prod: deployed only when us-east-1 is lost. Its cluster is new, its database is
 * restored from prod's replicated automated backups and its artifact store is prod's replica bucket.
 */
export const prodDr: EnvironmentSpec = {
  name: "prod-dr",
  cloud: "aws",
  region: "us-west-2",
  recoveryRegion: "us-east-1",
  tier: "prod",
  restores: "prod",
  aws: { accountId: "333333333333" },
  network: { vpcCidr: "10.31.0.0/16" },
  // Replicating back into the failed region is pointless until it returns; fail back deliberately.
  database: { replicateBackups: false },
  artifacts: { replicateToRecoveryRegion: false },
  // The same models as prod, served from the replica of prod's bucket.
  models: prod.models,
};
