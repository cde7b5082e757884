import type { AwsProviderConfig } from "@cdktf/provider-aws/lib/provider";

/**
 * Every AWS service the AWS stacks call (STS included: the provider asks it for the account id, which
 * `allowedAccountIds` is checked against). An emulator target points each one at the emulator, so no
 * request can reach real AWS; a resource of a service missing here fails the local deploy loudly.
 */
export const EMULATED_SERVICES = [
  "ec2",
  "eks",
  "events",
  "iam",
  "kms",
  "logs",
  "rds",
  "s3",
  "secretsmanager",
  "sqs",
  "ssm",
  "sts",
] as const;

export type EmulatedService = (typeof EMULATED_SERVICES)[number];

/** Fixed credentials the emulator accepts; they grant nothing anywhere else. */
export const EMULATOR_CREDENTIALS = { accessKey: "mlops-local-emulator", secretKey: "mlops-local-emulator" };

/**
 * How an AWS provider talks to an AWS API emulator (moto_server) at `endpoint` instead of AWS: every
 * service's endpoint, fixed credentials, no instance-metadata lookup, path-style S3 URLs (the emulator
 * has no per-bucket host names). The account id is still requested: the emulator is started as the
 * environment's account, so `allowedAccountIds` keeps guarding the deploy and ARNs match the contract.
 */
export function emulatorProviderSettings(
  endpoint: string,
): Pick<
  AwsProviderConfig,
  | "accessKey"
  | "secretKey"
  | "endpoints"
  | "s3UsePathStyle"
  | "skipCredentialsValidation"
  | "skipMetadataApiCheck"
  | "skipRequestingAccountId"
> {
  return {
    ...EMULATOR_CREDENTIALS,
    endpoints: [Object.fromEntries(EMULATED_SERVICES.map((service) => [service, endpoint]))],
    s3UsePathStyle: true,
    skipCredentialsValidation: true,
    skipMetadataApiCheck: "true",
    skipRequestingAccountId: false,
  };
}
