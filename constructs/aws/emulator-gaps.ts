import { type IAspect, TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";

/**
 * Something the AWS API emulator cannot do for one Terraform resource type. Without `ignoredAttributes`
 * the emulator cannot create the resource at all, and stacks that deploy to it leave it out. With them
 * the resource is created, but the emulator does not report those attributes back as set, so Terraform
 * would plan to change (or replace) it forever: their drift is ignored instead.
 */
export interface EmulatorGap {
  /** Terraform resource type, e.g. "aws_eks_addon". */
  readonly resourceType: string;
  /** Attributes whose drift is ignored; the resource itself is created. @default the resource is left out */
  readonly ignoredAttributes?: readonly string[];
  /** Why: what the emulator answered, or which left-out resource it exists for. */
  readonly reason: string;
}

/**
 * The single list of what the local deployment target (moto_server 5.2.1) leaves out or cannot read back,
 * each with the reason seen when deploying it. Only stacks whose environment targets the emulator are
 * affected; the cloud stacks keep everything. The local deploy prints this list, a unit test pins it and
 * the end-to-end tests check that everything else is really created: add an entry only for what the
 * emulator demonstrably cannot do, with the error it gave.
 */
export const AWS_EMULATOR_GAPS: readonly EmulatorGap[] = [
  {
    resourceType: "aws_eks_addon",
    reason: "the emulator has no EKS add-on API: CreateAddon answers 404",
  },
  {
    resourceType: "aws_eks_access_entry",
    reason: "the emulator has no EKS access-entry API: CreateAccessEntry answers 404",
  },
  {
    resourceType: "aws_ec2_tag",
    reason:
      "its only use tags the EKS cluster's security group, which the emulator never creates (the cluster's vpc_config.cluster_security_group_id is empty): CreateTags answers 400 InvalidID: The ID '' is not valid",
  },
  {
    resourceType: "aws_vpc_security_group_ingress_rule",
    reason:
      "its only use lets the EKS cluster's security group reach the database, and the emulator never creates that group: AuthorizeSecurityGroupIngress answers 400 InvalidGroup.NotFound: The security group '' does not exist",
  },
  {
    resourceType: "aws_db_instance_automated_backups_replication",
    reason: "the emulator does not implement RDS StartDBInstanceAutomatedBackupsReplication",
  },
  {
    resourceType: "aws_ssm_parameter",
    reason:
      "its only use publishes the ARN of the replicated automated backups (aws_db_instance_automated_backups_replication), which the emulator does not create",
  },
  {
    resourceType: "aws_db_parameter_group",
    ignoredAttributes: ["parameter"],
    reason:
      "the emulator stores the parameters but describes them without their source, and the provider reads back only user-set ones: every plan would add them again",
  },
  {
    resourceType: "aws_eks_cluster",
    ignoredAttributes: ["access_config", "upgrade_policy"],
    reason:
      "the emulator does not store the access configuration or the upgrade policy: every plan would replace the cluster",
  },
  {
    resourceType: "aws_eks_node_group",
    ignoredAttributes: ["remote_access", "update_config"],
    reason:
      'the emulator invents an SSH key ("eksKeypair") for node groups created without one and does not store the update configuration: every plan would replace the node group',
  },
  {
    resourceType: "aws_launch_template",
    ignoredAttributes: ["tag_specifications"],
    reason:
      'the emulator adds the template\'s own tags to its launch data as an extra tag specification (resource type "launch-template"): every plan would write a new template version and roll the node group',
  },
  {
    resourceType: "aws_s3_bucket_replication_configuration",
    ignoredAttributes: ["rule[0].delete_marker_replication", "rule[0].source_selection_criteria"],
    reason:
      "the emulator describes every replication rule with delete-marker replication disabled and without its source selection criteria, whatever was stored: every plan would set them again",
  },
];

/**
 * Applies `gaps` to the scope it is added to: removes the resources the emulator cannot create and
 * ignores drift of the attributes it cannot read back. Added by a stack whose environment deploys to the
 * emulator; nothing else changes.
 */
export class WithoutEmulatorGaps implements IAspect {
  private readonly gaps: ReadonlyMap<string, EmulatorGap>;

  constructor(gaps: readonly EmulatorGap[] = AWS_EMULATOR_GAPS) {
    this.gaps = new Map(gaps.map((gap) => [gap.resourceType, gap]));
  }

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource)) return;
    const gap = this.gaps.get(node.terraformResourceType);
    if (gap === undefined) return;
    if (gap.ignoredAttributes === undefined) {
      node.node.scope?.node.tryRemoveChild(node.node.id);
      return;
    }
    const ignored = node.lifecycle?.ignoreChanges ?? [];
    if (ignored === "all") return;
    node.lifecycle = {
      ...node.lifecycle,
      ignoreChanges: [...new Set([...ignored, ...gap.ignoredAttributes])],
    };
  }
}
