import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class ServiceMonitor extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: ServiceMonitorProps): any;
    constructor(scope: Construct, id: string, props: ServiceMonitorProps);
    toJson(): any;
}
export interface ServiceMonitorProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec: ServiceMonitorSpec;
}
export interface ServiceMonitorSpec {
    readonly attachMetadata?: ServiceMonitorSpecAttachMetadata;
    readonly bodySizeLimit?: string;
    readonly convertClassicHistogramsToNhcb?: boolean;
    readonly endpoints: ServiceMonitorSpecEndpoints[];
    readonly fallbackScrapeProtocol?: ServiceMonitorSpecFallbackScrapeProtocol;
    readonly jobLabel?: string;
    readonly keepDroppedTargets?: number;
    readonly labelLimit?: number;
    readonly labelNameLengthLimit?: number;
    readonly labelValueLengthLimit?: number;
    readonly namespaceSelector?: ServiceMonitorSpecNamespaceSelector;
    readonly nativeHistogramBucketLimit?: number;
    readonly nativeHistogramMinBucketFactor?: ServiceMonitorSpecNativeHistogramMinBucketFactor;
    readonly podTargetLabels?: string[];
    readonly sampleLimit?: number;
    readonly scrapeClass?: string;
    readonly scrapeClassicHistograms?: boolean;
    readonly scrapeNativeHistograms?: boolean;
    readonly scrapeProtocols?: ServiceMonitorSpecScrapeProtocols[];
    readonly selector: ServiceMonitorSpecSelector;
    readonly selectorMechanism?: ServiceMonitorSpecSelectorMechanism;
    readonly serviceDiscoveryRole?: ServiceMonitorSpecServiceDiscoveryRole;
    readonly targetLabels?: string[];
    readonly targetLimit?: number;
}
export interface ServiceMonitorSpecAttachMetadata {
    readonly node?: boolean;
}
export interface ServiceMonitorSpecEndpoints {
    readonly authorization?: ServiceMonitorSpecEndpointsAuthorization;
    readonly basicAuth?: ServiceMonitorSpecEndpointsBasicAuth;
    readonly bearerTokenFile?: string;
    readonly bearerTokenSecret?: ServiceMonitorSpecEndpointsBearerTokenSecret;
    readonly enableHttp2?: boolean;
    readonly filterRunning?: boolean;
    readonly followRedirects?: boolean;
    readonly honorLabels?: boolean;
    readonly honorTimestamps?: boolean;
    readonly interval?: string;
    readonly metricRelabelings?: ServiceMonitorSpecEndpointsMetricRelabelings[];
    readonly noProxy?: string;
    readonly oauth2?: ServiceMonitorSpecEndpointsOauth2;
    readonly params?: {
        [key: string]: string[];
    };
    readonly path?: string;
    readonly port?: string;
    readonly proxyConnectHeader?: {
        [key: string]: ServiceMonitorSpecEndpointsProxyConnectHeader[];
    };
    readonly proxyFromEnvironment?: boolean;
    readonly proxyUrl?: string;
    readonly relabelings?: ServiceMonitorSpecEndpointsRelabelings[];
    readonly scheme?: ServiceMonitorSpecEndpointsScheme;
    readonly scrapeTimeout?: string;
    readonly targetPort?: ServiceMonitorSpecEndpointsTargetPort;
    readonly tlsConfig?: ServiceMonitorSpecEndpointsTlsConfig;
    readonly trackTimestampsStaleness?: boolean;
}
export declare enum ServiceMonitorSpecFallbackScrapeProtocol {
    PROMETHEUS_PROTO = "PrometheusProto",
    OPEN_METRICS_TEXT0_0_1 = "OpenMetricsText0.0.1",
    OPEN_METRICS_TEXT1_0_0 = "OpenMetricsText1.0.0",
    PROMETHEUS_TEXT0_0_4 = "PrometheusText0.0.4",
    PROMETHEUS_TEXT1_0_0 = "PrometheusText1.0.0"
}
export interface ServiceMonitorSpecNamespaceSelector {
    readonly any?: boolean;
    readonly matchNames?: string[];
}
export declare class ServiceMonitorSpecNativeHistogramMinBucketFactor {
    readonly value: number | string;
    static fromNumber(value: number): ServiceMonitorSpecNativeHistogramMinBucketFactor;
    static fromString(value: string): ServiceMonitorSpecNativeHistogramMinBucketFactor;
    private constructor();
}
export declare enum ServiceMonitorSpecScrapeProtocols {
    PROMETHEUS_PROTO = "PrometheusProto",
    OPEN_METRICS_TEXT0_0_1 = "OpenMetricsText0.0.1",
    OPEN_METRICS_TEXT1_0_0 = "OpenMetricsText1.0.0",
    PROMETHEUS_TEXT0_0_4 = "PrometheusText0.0.4",
    PROMETHEUS_TEXT1_0_0 = "PrometheusText1.0.0"
}
export interface ServiceMonitorSpecSelector {
    readonly matchExpressions?: ServiceMonitorSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare enum ServiceMonitorSpecSelectorMechanism {
    RELABEL_CONFIG = "RelabelConfig",
    ROLE_SELECTOR = "RoleSelector"
}
export declare enum ServiceMonitorSpecServiceDiscoveryRole {
    ENDPOINTS = "Endpoints",
    ENDPOINT_SLICE = "EndpointSlice"
}
export interface ServiceMonitorSpecEndpointsAuthorization {
    readonly credentials?: ServiceMonitorSpecEndpointsAuthorizationCredentials;
    readonly type?: string;
}
export interface ServiceMonitorSpecEndpointsBasicAuth {
    readonly password?: ServiceMonitorSpecEndpointsBasicAuthPassword;
    readonly username?: ServiceMonitorSpecEndpointsBasicAuthUsername;
}
export interface ServiceMonitorSpecEndpointsBearerTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsMetricRelabelings {
    readonly action?: ServiceMonitorSpecEndpointsMetricRelabelingsAction;
    readonly modulus?: number;
    readonly regex?: string;
    readonly replacement?: string;
    readonly separator?: string;
    readonly sourceLabels?: string[];
    readonly targetLabel?: string;
}
export interface ServiceMonitorSpecEndpointsOauth2 {
    readonly clientId: ServiceMonitorSpecEndpointsOauth2ClientId;
    readonly clientSecret: ServiceMonitorSpecEndpointsOauth2ClientSecret;
    readonly endpointParams?: {
        [key: string]: string;
    };
    readonly noProxy?: string;
    readonly proxyConnectHeader?: {
        [key: string]: ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader[];
    };
    readonly proxyFromEnvironment?: boolean;
    readonly proxyUrl?: string;
    readonly scopes?: string[];
    readonly tlsConfig?: ServiceMonitorSpecEndpointsOauth2TlsConfig;
    readonly tokenUrl: string;
}
export interface ServiceMonitorSpecEndpointsProxyConnectHeader {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsRelabelings {
    readonly action?: ServiceMonitorSpecEndpointsRelabelingsAction;
    readonly modulus?: number;
    readonly regex?: string;
    readonly replacement?: string;
    readonly separator?: string;
    readonly sourceLabels?: string[];
    readonly targetLabel?: string;
}
export declare enum ServiceMonitorSpecEndpointsScheme {
    HTTP = "http",
    HTTPS = "https"
}
export declare class ServiceMonitorSpecEndpointsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): ServiceMonitorSpecEndpointsTargetPort;
    static fromString(value: string): ServiceMonitorSpecEndpointsTargetPort;
    private constructor();
}
export interface ServiceMonitorSpecEndpointsTlsConfig {
    readonly ca?: ServiceMonitorSpecEndpointsTlsConfigCa;
    readonly caFile?: string;
    readonly cert?: ServiceMonitorSpecEndpointsTlsConfigCert;
    readonly certFile?: string;
    readonly insecureSkipVerify?: boolean;
    readonly keyFile?: string;
    readonly keySecret?: ServiceMonitorSpecEndpointsTlsConfigKeySecret;
    readonly maxVersion?: ServiceMonitorSpecEndpointsTlsConfigMaxVersion;
    readonly minVersion?: ServiceMonitorSpecEndpointsTlsConfigMinVersion;
    readonly serverName?: string;
}
export interface ServiceMonitorSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface ServiceMonitorSpecEndpointsAuthorizationCredentials {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsBasicAuthPassword {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsBasicAuthUsername {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum ServiceMonitorSpecEndpointsMetricRelabelingsAction {
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
export interface ServiceMonitorSpecEndpointsOauth2ClientId {
    readonly configMap?: ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap;
    readonly secret?: ServiceMonitorSpecEndpointsOauth2ClientIdSecret;
}
export interface ServiceMonitorSpecEndpointsOauth2ClientSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsOauth2TlsConfig {
    readonly ca?: ServiceMonitorSpecEndpointsOauth2TlsConfigCa;
    readonly cert?: ServiceMonitorSpecEndpointsOauth2TlsConfigCert;
    readonly insecureSkipVerify?: boolean;
    readonly keySecret?: ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret;
    readonly maxVersion?: ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion;
    readonly minVersion?: ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion;
    readonly serverName?: string;
}
export declare enum ServiceMonitorSpecEndpointsRelabelingsAction {
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
export interface ServiceMonitorSpecEndpointsTlsConfigCa {
    readonly configMap?: ServiceMonitorSpecEndpointsTlsConfigCaConfigMap;
    readonly secret?: ServiceMonitorSpecEndpointsTlsConfigCaSecret;
}
export interface ServiceMonitorSpecEndpointsTlsConfigCert {
    readonly configMap?: ServiceMonitorSpecEndpointsTlsConfigCertConfigMap;
    readonly secret?: ServiceMonitorSpecEndpointsTlsConfigCertSecret;
}
export interface ServiceMonitorSpecEndpointsTlsConfigKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum ServiceMonitorSpecEndpointsTlsConfigMaxVersion {
    TLS10 = "TLS10",
    TLS11 = "TLS11",
    TLS12 = "TLS12",
    TLS13 = "TLS13"
}
export declare enum ServiceMonitorSpecEndpointsTlsConfigMinVersion {
    TLS10 = "TLS10",
    TLS11 = "TLS11",
    TLS12 = "TLS12",
    TLS13 = "TLS13"
}
export interface ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsOauth2TlsConfigCa {
    readonly configMap?: ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap;
    readonly secret?: ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret;
}
export interface ServiceMonitorSpecEndpointsOauth2TlsConfigCert {
    readonly configMap?: ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap;
    readonly secret?: ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret;
}
export interface ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion {
    TLS10 = "TLS10",
    TLS11 = "TLS11",
    TLS12 = "TLS12",
    TLS13 = "TLS13"
}
export declare enum ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion {
    TLS10 = "TLS10",
    TLS11 = "TLS11",
    TLS12 = "TLS12",
    TLS13 = "TLS13"
}
export interface ServiceMonitorSpecEndpointsTlsConfigCaConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsTlsConfigCaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsTlsConfigCertConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsTlsConfigCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
