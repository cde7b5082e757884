import { ContainerCluster } from "@cdktf/provider-google/lib/container-cluster";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { KubernetesCluster } from "../cloud-platform";
import { SECONDARY_RANGES } from "./gcp-network";

export interface GkeNodeAutoProvisioning {
  /** Ceilings of what auto-provisioned pools may add, by resource ("cpu", "memory" in GiB, GPU types). */
  readonly limits: Readonly<Record<string, number>>;
}

export interface GkeClusterProps {
  readonly name: string;
  readonly projectId: string;
  /** A region (regional control plane, three replicas) or a zone (zonal, dev only). */
  readonly location: string;
  /** Zones the nodes run in; a zonal cluster's own zone may be among them (it is implied, never listed). */
  readonly nodeLocations: readonly string[];
  /** Kubernetes minor version: the minimum; the release channel moves patches and, at end of support, minors. */
  readonly version: string;
  readonly networkId: string;
  readonly subnetworkId: string;
  /** The control plane's private endpoint range (a /28). */
  readonly controlPlaneCidr: string;
  /** Ranges allowed to the control plane: the VPC's own, always. */
  readonly vpcCidr: string;
  /** Public ranges allowed to reach the endpoint; empty keeps it private. */
  readonly publicAccessCidrs: readonly string[];
  /** Cloud KMS key (id) encrypting Kubernetes Secrets in etcd. */
  readonly secretsKeyId: string;
  readonly deletionProtection: boolean;
  /** Service account of the default pool GKE creates and removes at once. */
  readonly nodeServiceAccountEmail: string;
  /** @default disabled */
  readonly nodeAutoProvisioning?: GkeNodeAutoProvisioning;
  readonly labels: Readonly<Record<string, string>>;
  /** @default none */
  readonly dependsOn?: ITerraformDependable[];
}

const OAUTH_CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";

/**
 * GKE Standard: private nodes, a control-plane endpoint that is private or restricted to authorized
 * networks (never 0.0.0.0/0), Workload Identity, the REGULAR release channel, Dataplane V2 (network policy
 * enforced), VPC-native, the default node pool removed, shielded nodes, Secrets encrypted with a Cloud KMS
 * key, a weekend maintenance window, system and workload logging, Managed Service for Prometheus.
 */
export class GkeCluster extends Construct implements KubernetesCluster {
  readonly cluster: ContainerCluster;
  readonly name: string;
  readonly endpoint: string;
  readonly oidcIssuerUrl: string;
  readonly workloadPool: string;

  constructor(scope: Construct, id: string, props: GkeClusterProps) {
    super(scope, id);
    const where = `GkeCluster ${props.name}`;
    for (const cidr of props.publicAccessCidrs) {
      if (cidr.endsWith("/0")) {
        throw new Error(
          `${where}: publicAccessCidrs holds "${cidr}"; expected specific ranges, never the whole internet`,
        );
      }
    }
    this.workloadPool = `${props.projectId}.svc.id.goog`;
    const privateEndpoint = props.publicAccessCidrs.length === 0;
    const nap = props.nodeAutoProvisioning;
    // The provider keeps only a zonal cluster's additional zones in node_locations (its Read drops the
    // cluster's own), so listing that zone would show as a change on every plan. A region is never a zone.
    const additionalZones = props.nodeLocations.filter((zone) => zone !== props.location);

    this.cluster = new ContainerCluster(this, "cluster", {
      name: props.name,
      location: props.location,
      ...(additionalZones.length > 0 && { nodeLocations: additionalZones }),
      minMasterVersion: props.version,
      releaseChannel: { channel: "REGULAR" },
      network: props.networkId,
      subnetwork: props.subnetworkId,
      networkingMode: "VPC_NATIVE",
      ipAllocationPolicy: {
        clusterSecondaryRangeName: SECONDARY_RANGES.pods,
        servicesSecondaryRangeName: SECONDARY_RANGES.services,
      },
      // Dataplane V2 enforces NetworkPolicy itself (no Calico add-on).
      datapathProvider: "ADVANCED_DATAPATH",
      privateClusterConfig: {
        enablePrivateNodes: true,
        enablePrivateEndpoint: privateEndpoint,
        masterIpv4CidrBlock: props.controlPlaneCidr,
        masterGlobalAccessConfig: { enabled: false },
      },
      masterAuthorizedNetworksConfig: {
        gcpPublicCidrsAccessEnabled: false,
        cidrBlocks: [
          { cidrBlock: props.vpcCidr, displayName: "vpc" },
          ...props.publicAccessCidrs.map((cidr, index) => ({
            cidrBlock: cidr,
            displayName: `operators-${index}`,
          })),
        ],
      },
      masterAuth: { clientCertificateConfig: { issueClientCertificate: false } },
      workloadIdentityConfig: { workloadPool: this.workloadPool },
      enableShieldedNodes: true,
      databaseEncryption: { state: "ENCRYPTED", keyName: props.secretsKeyId },
      deletionProtection: props.deletionProtection,
      removeDefaultNodePool: true,
      initialNodeCount: 1,
      // The default pool lives only until it is removed; even so it never runs as the default compute account.
      nodeConfig: {
        serviceAccount: props.nodeServiceAccountEmail,
        oauthScopes: [OAUTH_CLOUD_PLATFORM],
        shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
        workloadMetadataConfig: { mode: "GKE_METADATA" },
      },
      maintenancePolicy: {
        recurringWindow: {
          startTime: "2026-01-03T03:00:00Z",
          endTime: "2026-01-03T09:00:00Z",
          recurrence: "FREQ=WEEKLY;BYDAY=SA,SU",
        },
      },
      loggingConfig: {
        enableComponents: ["SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER", "CONTROLLER_MANAGER", "SCHEDULER"],
      },
      monitoringConfig: {
        enableComponents: [
          "SYSTEM_COMPONENTS",
          "APISERVER",
          "CONTROLLER_MANAGER",
          "SCHEDULER",
          "STORAGE",
          "POD",
          "DEPLOYMENT",
          "HPA",
        ],
        managedPrometheus: { enabled: true },
      },
      addonsConfig: {
        httpLoadBalancing: { disabled: false },
        horizontalPodAutoscaling: { disabled: false },
        gcePersistentDiskCsiDriverConfig: { enabled: true },
      },
      ...(nap && {
        clusterAutoscaling: {
          enabled: true,
          resourceLimits: Object.entries(nap.limits).map(([resourceType, maximum]) => ({
            resourceType,
            maximum,
          })),
          autoProvisioningDefaults: {
            serviceAccount: props.nodeServiceAccountEmail,
            oauthScopes: [OAUTH_CLOUD_PLATFORM],
            shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
            management: { autoRepair: true, autoUpgrade: true },
          },
        },
      }),
      resourceLabels: { ...props.labels },
      lifecycle: {
        // Only the removed default pool reads node_config; the pools are their own resources.
        ignoreChanges: ["node_config", "initial_node_count"],
        ...(props.deletionProtection && { preventDestroy: true }),
      },
      ...(props.dependsOn && { dependsOn: props.dependsOn }),
    });
    this.name = props.name;
    this.endpoint = `https://${this.cluster.endpoint}`;
    // GKE's service-account token issuer.
    this.oidcIssuerUrl = `https://container.googleapis.com/v1/projects/${props.projectId}/locations/${props.location}/clusters/${props.name}`;
  }
}
