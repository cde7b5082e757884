import { ComputeFirewall } from "@cdktf/provider-google/lib/compute-firewall";
import { ComputeGlobalAddress } from "@cdktf/provider-google/lib/compute-global-address";
import { ComputeNetwork } from "@cdktf/provider-google/lib/compute-network";
import { ComputeRouter } from "@cdktf/provider-google/lib/compute-router";
import { ComputeRouterNat } from "@cdktf/provider-google/lib/compute-router-nat";
import { ComputeSubnetwork } from "@cdktf/provider-google/lib/compute-subnetwork";
import { ServiceNetworkingConnection } from "@cdktf/provider-google/lib/service-networking-connection";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { parseCidr } from "../../config/ipv4-cidr";
import type { GcpNetworkLayout } from "./gcp-network-layout";

export interface GcpNetworkProps {
  /** Names of the network, subnet, router, NAT and Private Service Access range. */
  readonly names: {
    readonly network: string;
    readonly nodeSubnet: string;
    readonly router: string;
    readonly nat: string;
    readonly privateServicesRange: string;
  };
  readonly region: string;
  readonly layout: GcpNetworkLayout;
  /** Secondary range of the node subnet for Kubernetes Services (the spec's `network.serviceCidr`). */
  readonly serviceCidr: string;
  /** Sampling of the subnet's flow logs, 0 to 1. @default 0.5 */
  readonly flowLogSampling?: number;
  /** Resources the network waits for (the Compute and Service Networking APIs). @default none */
  readonly dependsOn?: ITerraformDependable[];
}

/** Names of the node subnet's secondary ranges, as GKE's IP allocation policy refers to them. */
export const SECONDARY_RANGES = { pods: "pods", services: "services" } as const;

/**
 * A custom-mode VPC for one environment: one node subnet with secondary ranges for pods and Services
 * (VPC-native GKE), Private Google Access and flow logs; Cloud Router and Cloud NAT for the private nodes'
 * way out; Private Service Access (a reserved range and the service networking connection) for Cloud SQL's
 * private IP. Firewall: nothing from outside, except Google's health-check ranges to the nodes; egress is
 * GCP's default (allowed), the cluster's network policies restrict pods.
 */
export class GcpNetwork extends Construct {
  readonly network: ComputeNetwork;
  readonly nodeSubnet: ComputeSubnetwork;
  readonly privateServicesConnection: ServiceNetworkingConnection;

  constructor(scope: Construct, id: string, props: GcpNetworkProps) {
    super(scope, id);
    const sampling = props.flowLogSampling ?? 0.5;
    if (!(sampling > 0 && sampling <= 1)) {
      throw new Error(
        `GcpNetwork ${props.names.network}: flowLogSampling is ${sampling}; expected more than 0, at most 1`,
      );
    }
    if (!parseCidr(props.serviceCidr)) {
      throw new Error(
        `GcpNetwork ${props.names.network}: serviceCidr is "${props.serviceCidr}"; expected an IPv4 CIDR block`,
      );
    }
    const dependsOn = props.dependsOn ?? [];

    this.network = new ComputeNetwork(this, "network", {
      name: props.names.network,
      autoCreateSubnetworks: false,
      routingMode: "REGIONAL",
      description: "Custom-mode VPC of the MLOps platform",
      dependsOn,
    });

    this.nodeSubnet = new ComputeSubnetwork(this, "node-subnet", {
      name: props.names.nodeSubnet,
      network: this.network.id,
      region: props.region,
      ipCidrRange: props.layout.nodes,
      privateIpGoogleAccess: true,
      secondaryIpRange: [
        { rangeName: SECONDARY_RANGES.pods, ipCidrRange: props.layout.pods },
        { rangeName: SECONDARY_RANGES.services, ipCidrRange: props.serviceCidr },
      ],
      logConfig: {
        aggregationInterval: "INTERVAL_5_SEC",
        flowSampling: sampling,
        metadata: "INCLUDE_ALL_METADATA",
      },
    });

    const router = new ComputeRouter(this, "router", {
      name: props.names.router,
      network: this.network.id,
      region: props.region,
    });
    new ComputeRouterNat(this, "nat", {
      name: props.names.nat,
      router: router.name,
      region: props.region,
      natIpAllocateOption: "AUTO_ONLY",
      // Only the node subnet (nodes and pods) leaves through NAT.
      sourceSubnetworkIpRangesToNat: "LIST_OF_SUBNETWORKS",
      subnetwork: [{ name: this.nodeSubnet.id, sourceIpRangesToNat: ["ALL_IP_RANGES"] }],
      logConfig: { enable: true, filter: "ERRORS_ONLY" },
    });

    const privateServices = new ComputeGlobalAddress(this, "private-services-range", {
      name: props.names.privateServicesRange,
      network: this.network.id,
      purpose: "VPC_PEERING",
      addressType: "INTERNAL",
      address: props.layout.privateServices.split("/")[0] as string,
      prefixLength: Number(props.layout.privateServices.split("/")[1]),
      description: "Private Service Access: Cloud SQL private IPs",
    });
    this.privateServicesConnection = new ServiceNetworkingConnection(this, "private-services", {
      network: this.network.id,
      service: "servicenetworking.googleapis.com",
      reservedPeeringRanges: [privateServices.name],
      // Removing the peering while Cloud SQL uses it fails; leave it to the network's own deletion.
      deletionPolicy: "ABANDON",
    });

    // Google's load-balancer and health-check ranges (documented by GCP) reach node ports only.
    new ComputeFirewall(this, "allow-health-checks", {
      name: `${props.names.network}-allow-health-checks`,
      network: this.network.id,
      direction: "INGRESS",
      priority: 1000,
      sourceRanges: ["35.191.0.0/16", "130.211.0.0/22"],
      allow: [{ protocol: "tcp" }],
      logConfig: { metadata: "INCLUDE_ALL_METADATA" },
      description: "Google Cloud health checks to the nodes",
    });
    // Everything else from outside the VPC is refused, logged (GCP's implied rule does not log).
    new ComputeFirewall(this, "deny-ingress", {
      name: `${props.names.network}-deny-ingress`,
      network: this.network.id,
      direction: "INGRESS",
      priority: 65000,
      sourceRanges: ["0.0.0.0/0"],
      deny: [{ protocol: "all" }],
      logConfig: { metadata: "INCLUDE_ALL_METADATA" },
      description: "Refuse and log any other ingress",
    });
    // Inside the VPC: nodes, pods and the control plane talk to each other (GKE's own rules add the rest).
    new ComputeFirewall(this, "allow-internal", {
      name: `${props.names.network}-allow-internal`,
      network: this.network.id,
      direction: "INGRESS",
      priority: 1000,
      sourceRanges: [props.layout.nodes, props.layout.pods, props.layout.controlPlane],
      allow: [{ protocol: "tcp" }, { protocol: "udp" }, { protocol: "icmp" }],
      logConfig: { metadata: "EXCLUDE_ALL_METADATA" },
      description: "Nodes, pods and the control plane",
    });
  }
}
