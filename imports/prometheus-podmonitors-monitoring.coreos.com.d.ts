import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class PodMonitor extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: PodMonitorProps): any;
    constructor(scope: Construct, id: string, props: PodMonitorProps);
    toJson(): any;
}
export interface PodMonitorProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec: PodMonitorSpec;
}
export interface PodMonitorSpec {
    readonly attachMetadata?: PodMonitorSpecAttachMetadata;
    readonly bodySizeLimit?: string;
    readonly convertClassicHistogramsToNhcb?: boolean;
    readonly fallbackScrapeProtocol?: PodMonitorSpecFallbackScrapeProtocol;
    readonly jobLabel?: string;
    readonly keepDroppedTargets?: number;
    readonly labelLimit?: number;
    readonly labelNameLengthLimit?: number;
    readonly labelValueLengthLimit?: number;
    readonly namespaceSelector?: PodMonitorSpecNamespaceSelector;
    readonly nativeHistogramBucketLimit?: number;
    readonly nativeHistogramMinBucketFactor?: PodMonitorSpecNativeHistogramMinBucketFactor;
    readonly podMetricsEndpoints?: PodMonitorSpecPodMetricsEndpoints[];
    readonly podTargetLabels?: string[];
    readonly sampleLimit?: number;
    readonly scrapeClass?: string;
    readonly scrapeClassicHistograms?: boolean;
    readonly scrapeNativeHistograms?: boolean;
    readonly scrapeProtocols?: PodMonitorSpecScrapeProtocols[];
    readonly selector: PodMonitorSpecSelector;
    readonly selectorMechanism?: PodMonitorSpecSelectorMechanism;
    readonly targetLimit?: number;
}
export interface PodMonitorSpecAttachMetadata {
    readonly node?: boolean;
}
export declare enum PodMonitorSpecFallbackScrapeProtocol {
    PROMETHEUS_PROTO = "PrometheusProto",
    OPEN_METRICS_TEXT0_0_1 = "OpenMetricsText0.0.1",
    OPEN_METRICS_TEXT1_0_0 = "OpenMetricsText1.0.0",
    PROMETHEUS_TEXT0_0_4 = "PrometheusText0.0.4",
    PROMETHEUS_TEXT1_0_0 = "PrometheusText1.0.0"
}
export interface PodMonitorSpecNamespaceSelector {
    readonly any?: boolean;
    readonly matchNames?: string[];
}
export declare class PodMonitorSpecNativeHistogramMinBucketFactor {
    readonly value: number | string;
    static fromNumber(value: number): PodMonitorSpecNativeHistogramMinBucketFactor;
    static fromString(value: string): PodMonitorSpecNativeHistogramMinBucketFactor;
    private constructor();
}
export interface PodMonitorSpecPodMetricsEndpoints {
    readonly authorization?: PodMonitorSpecPodMetricsEndpointsAuthorization;
    readonly basicAuth?: PodMonitorSpecPodMetricsEndpointsBasicAuth;
    readonly bearerTokenSecret?: PodMonitorSpecPodMetricsEndpointsBearerTokenSecret;
    readonly enableHttp2?: boolean;
    readonly filterRunning?: boolean;
    readonly followRedirects?: boolean;
    readonly honorLabels?: boolean;
    readonly honorTimestamps?: boolean;
    readonly interval?: string;
    readonly metricRelabelings?: PodMonitorSpecPodMetricsEndpointsMetricRelabelings[];
    readonly noProxy?: string;
    readonly oauth2?: PodMonitorSpecPodMetricsEndpointsOauth2;
    readonly params?: {
        [key: string]: string[];
    };
    readonly path?: string;
    readonly port?: string;
    readonly portNumber?: number;
    readonly proxyConnectHeader?: {
        [key: string]: PodMonitorSpecPodMetricsEndpointsProxyConnectHeader[];
    };
    readonly proxyFromEnvironment?: boolean;
    readonly proxyUrl?: string;
    readonly relabelings?: PodMonitorSpecPodMetricsEndpointsRelabelings[];
    readonly scheme?: PodMonitorSpecPodMetricsEndpointsScheme;
    readonly scrapeTimeout?: string;
    readonly targetPort?: PodMonitorSpecPodMetricsEndpointsTargetPort;
    readonly tlsConfig?: PodMonitorSpecPodMetricsEndpointsTlsConfig;
    readonly trackTimestampsStaleness?: boolean;
}
export declare enum PodMonitorSpecScrapeProtocols {
    PROMETHEUS_PROTO = "PrometheusProto",
    OPEN_METRICS_TEXT0_0_1 = "OpenMetricsText0.0.1",
    OPEN_METRICS_TEXT1_0_0 = "OpenMetricsText1.0.0",
    PROMETHEUS_TEXT0_0_4 = "PrometheusText0.0.4",
    PROMETHEUS_TEXT1_0_0 = "PrometheusText1.0.0"
}
export interface PodMonitorSpecSelector {
    readonly matchExpressions?: PodMonitorSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare enum PodMonitorSpecSelectorMechanism {
    RELABEL_CONFIG = "RelabelConfig",
    ROLE_SELECTOR = "RoleSelector"
}
export interface PodMonitorSpecPodMetricsEndpointsAuthorization {
    readonly credentials?: PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials;
    readonly type?: string;
}
export interface PodMonitorSpecPodMetricsEndpointsBasicAuth {
    readonly password?: PodMonitorSpecPodMetricsEndpointsBasicAuthPassword;
    readonly username?: PodMonitorSpecPodMetricsEndpointsBasicAuthUsername;
}
export interface PodMonitorSpecPodMetricsEndpointsBearerTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsMetricRelabelings {
    readonly action?: PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction;
    readonly modulus?: number;
    readonly regex?: string;
    readonly replacement?: string;
    readonly separator?: string;
    readonly sourceLabels?: string[];
    readonly targetLabel?: string;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2 {
    readonly clientId: PodMonitorSpecPodMetricsEndpointsOauth2ClientId;
    readonly clientSecret: PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret;
    readonly endpointParams?: {
        [key: string]: string;
    };
    readonly noProxy?: string;
    readonly proxyConnectHeader?: {
        [key: string]: PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader[];
    };
    readonly proxyFromEnvironment?: boolean;
    readonly proxyUrl?: string;
    readonly scopes?: string[];
    readonly tlsConfig?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig;
    readonly tokenUrl: string;
}
export interface PodMonitorSpecPodMetricsEndpointsProxyConnectHeader {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsRelabelings {
    readonly action?: PodMonitorSpecPodMetricsEndpointsRelabelingsAction;
    readonly modulus?: number;
    readonly regex?: string;
    readonly replacement?: string;
    readonly separator?: string;
    readonly sourceLabels?: string[];
    readonly targetLabel?: string;
}
export declare enum PodMonitorSpecPodMetricsEndpointsScheme {
    HTTP = "http",
    HTTPS = "https"
}
export declare class PodMonitorSpecPodMetricsEndpointsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): PodMonitorSpecPodMetricsEndpointsTargetPort;
    static fromString(value: string): PodMonitorSpecPodMetricsEndpointsTargetPort;
    private constructor();
}
export interface PodMonitorSpecPodMetricsEndpointsTlsConfig {
    readonly ca?: PodMonitorSpecPodMetricsEndpointsTlsConfigCa;
    readonly cert?: PodMonitorSpecPodMetricsEndpointsTlsConfigCert;
    readonly insecureSkipVerify?: boolean;
    readonly keySecret?: PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret;
    readonly maxVersion?: PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion;
    readonly minVersion?: PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion;
    readonly serverName?: string;
}
export interface PodMonitorSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsBasicAuthPassword {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsBasicAuthUsername {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction {
    REPLACE = "replace",
    KEEP = "keep",
    DROP = "drop",
    HASHMOD = "hashmod",
    LABELMAP = "labelmap",
    LABELDROP = "labeldrop",
    LABELKEEP = "labelkeep",
    LOWERCASE = "lowercase",
    UPPERCASE = "uppercase",
    KEEPEQUAL = "keepequal",
    DROPEQUAL = "dropequal"
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2ClientId {
    readonly configMap?: PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap;
    readonly secret?: PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig {
    readonly ca?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa;
    readonly cert?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert;
    readonly insecureSkipVerify?: boolean;
    readonly keySecret?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret;
    readonly maxVersion?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion;
    readonly minVersion?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion;
    readonly serverName?: string;
}
export declare enum PodMonitorSpecPodMetricsEndpointsRelabelingsAction {
    REPLACE = "replace",
    KEEP = "keep",
    DROP = "drop",
    HASHMOD = "hashmod",
    LABELMAP = "labelmap",
    LABELDROP = "labeldrop",
    LABELKEEP = "labelkeep",
    LOWERCASE = "lowercase",
    UPPERCASE = "uppercase",
    KEEPEQUAL = "keepequal",
    DROPEQUAL = "dropequal"
}
export interface PodMonitorSpecPodMetricsEndpointsTlsConfigCa {
    readonly configMap?: PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap;
    readonly secret?: PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret;
}
export interface PodMonitorSpecPodMetricsEndpointsTlsConfigCert {
    readonly configMap?: PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap;
    readonly secret?: PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret;
}
export interface PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion {
    TLS10 = "TLS10",
    TLS11 = "TLS11",
    TLS12 = "TLS12",
    TLS13 = "TLS13"
}
export declare enum PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion {
    TLS10 = "TLS10",
    TLS11 = "TLS11",
    TLS12 = "TLS12",
    TLS13 = "TLS13"
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa {
    readonly configMap?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap;
    readonly secret?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert {
    readonly configMap?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap;
    readonly secret?: PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion {
    TLS10 = "TLS10",
    TLS11 = "TLS11",
    TLS12 = "TLS12",
    TLS13 = "TLS13"
}
export declare enum PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion {
    TLS10 = "TLS10",
    TLS11 = "TLS11",
    TLS12 = "TLS12",
    TLS13 = "TLS13"
}
export interface PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
