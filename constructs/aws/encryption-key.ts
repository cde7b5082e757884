import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Construct } from "constructs";
import { type PolicyStatement, policyDocument } from "./iam-policy";

export interface EncryptionKeyProps {
  /** Alias without the `alias/` prefix. */
  readonly alias: string;
  readonly description: string;
  readonly accountId: string;
  /** Region of the key (for service conditions). */
  readonly region: string;
  /** Let CloudWatch Logs of this account and region use the key for log groups. @default false */
  readonly allowCloudWatchLogs?: boolean;
  /** Provider for a key outside the stack's main region. @default the stack's default provider */
  readonly provider?: AwsProvider;
  /** Days before a deleted key is destroyed; the maximum gives most time to undo a mistake. @default 30 */
  readonly deletionWindowDays?: number;
  /**
   * Refuse any plan that would destroy the key (Terraform's prevent_destroy), for a key that data outside
   * this stack depends on. @default false
   */
  readonly preventDestroy?: boolean;
}

/** A customer-managed KMS key with yearly rotation and an alias. */
export class EncryptionKey extends Construct {
  readonly key: KmsKey;
  readonly arn: string;

  constructor(scope: Construct, id: string, props: EncryptionKeyProps) {
    super(scope, id);
    const deletionWindowDays = props.deletionWindowDays ?? 30;
    if (!Number.isInteger(deletionWindowDays) || deletionWindowDays < 7 || deletionWindowDays > 30) {
      throw new Error(
        `EncryptionKey ${props.alias}: deletionWindowDays is ${deletionWindowDays}; expected 7 to 30`,
      );
    }
    const statements: PolicyStatement[] = [
      {
        Sid: "AccountAdministersKeyThroughIam",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${props.accountId}:root` },
        Action: "kms:*",
        Resource: "*",
      },
    ];
    if (props.allowCloudWatchLogs) {
      statements.push({
        Sid: "CloudWatchLogsEncryptsThisAccountsLogGroups",
        Effect: "Allow",
        Principal: { Service: `logs.${props.region}.amazonaws.com` },
        Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
        Resource: "*",
        Condition: {
          ArnLike: {
            "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${props.region}:${props.accountId}:*`,
          },
        },
      });
    }
    this.key = new KmsKey(this, "key", {
      description: props.description,
      enableKeyRotation: true,
      deletionWindowInDays: deletionWindowDays,
      policy: policyDocument(statements),
      ...(props.provider && { provider: props.provider }),
      ...(props.preventDestroy && { lifecycle: { preventDestroy: true } }),
    });
    new KmsAlias(this, "alias", {
      name: `alias/${props.alias}`,
      targetKeyId: this.key.keyId,
      ...(props.provider && { provider: props.provider }),
    });
    this.arn = this.key.arn;
  }
}
