import { type TerraformElement, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct, Node } from "constructs";
import type { PlatformEnvironment } from "../config";
import { cloudOf } from "../constructs/clouds";

/**
 * The cloud layer of one environment, named after it so that `cdktf deploy <env>` does what it says.
 * Outputs carry names and endpoints only: never a credential.
 */
export class PlatformStack extends TerraformStack {
  /** Where this stack keeps its state, as `npm run synth` reports it. */
  readonly stateNote: string;
  private synthesized?: ReturnType<TerraformStack["toTerraform"]>;
  private readonly logicalIds = new WeakMap<TerraformElement | Node, string>();

  constructor(scope: Construct, platform: PlatformEnvironment) {
    const { environment: env, contract } = platform;
    super(scope, env.name);

    const provider = cloudOf(env.cloud);
    this.stateNote = provider.stateBackend(this, env);

    const cloud = provider.platform(this, "platform", {
      environment: env,
      contract,
      ...(platform.source && { source: platform.source }),
    });

    const outputs: Record<string, { value: string | number; description: string }> = {
      cluster_name: { value: cloud.cluster.name, description: "Kubernetes cluster name" },
      cluster_endpoint: { value: cloud.cluster.endpoint, description: "Kubernetes API server URL" },
      cluster_oidc_issuer_url: {
        value: cloud.cluster.oidcIssuerUrl,
        description: "Issuer of service-account tokens",
      },
      database_instance_id: { value: cloud.database.instanceId, description: "MLflow database instance" },
      database_address: { value: cloud.database.address, description: "MLflow database hostname" },
      database_port: { value: cloud.database.port, description: "MLflow database port" },
      database_credentials_secret: {
        value: cloud.database.credentialsSecretName,
        description: "Secret-manager entry with the database credentials (the password stays there)",
      },
      artifact_bucket: { value: cloud.artifactStore.bucketName, description: "MLflow artifact bucket" },
      artifact_uri: { value: cloud.artifactStore.uri, description: "MLflow artifact bucket URI" },
    };
    for (const workload of cloud.identities.workloadNames) {
      outputs[`identity_${workload.replace(/[^a-zA-Z0-9]/g, "_")}`] = {
        value: cloud.identities.principalOf(workload),
        description: `Cloud identity of the ${workload} service account`,
      };
    }
    for (const [name, output] of Object.entries(outputs)) {
      new TerraformOutput(this, name, {
        value: output.value,
        description: output.description,
        sensitive: false,
      });
    }
  }

  /**
   * cdktf resolves every token once before synthesis only to discover references between stacks. The
   * platform's stacks never reference each other (a recovery stack finds its source's data by name), so
   * that pass, a third of the stacks' synth time, is skipped. Every stack sets its backend itself.
   */
  override prepareStack(): void {}
  /**
   * A resource's logical id is asked for by its every reference, its metadata and its key, and is an MD5
   * of its path each time; the path never changes once the element exists, so the id is kept.
   */
  protected override allocateLogicalId(element: TerraformElement | Node): string {
    let id = this.logicalIds.get(element);
    if (id === undefined) {
      id = super.allocateLogicalId(element);
      this.logicalIds.set(element, id);
    }
    return id;
  }

  /** The stack's resolved JSON, kept when the synthesizer writes it: what the guardrails check. */
  override toTerraform(): ReturnType<TerraformStack["toTerraform"]> {
    this.synthesized = super.toTerraform();
    return this.synthesized;
  }

  /** The JSON of the last synthesis. */
  get synthesizedJson(): ReturnType<TerraformStack["toTerraform"]> {
    if (this.synthesized === undefined) throw new Error(`stack ${this.node.id} has not been synthesized`);
    return this.synthesized;
  }
}

export { EMULATOR_STATE_FILE } from "../constructs/aws/aws-cloud";
export { localStateFile } from "../constructs/local-state";
