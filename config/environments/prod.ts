import type { EnvironmentSpec } from "../environment-spec";

export const prod: EnvironmentSpec = {
  name: "prod",
  cloud: "aws",
  region: "us-east-1",
  recoveryRegion: "us-west-2",
  tier: "prod",
  aws: { accountId: "333333333333" },
  network: { vpcCidr: "10.30.0.0/16" },
};
