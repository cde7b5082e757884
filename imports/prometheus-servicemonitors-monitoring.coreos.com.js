"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion = exports.ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion = exports.ServiceMonitorSpecEndpointsTlsConfigMinVersion = exports.ServiceMonitorSpecEndpointsTlsConfigMaxVersion = exports.ServiceMonitorSpecEndpointsRelabelingsAction = exports.ServiceMonitorSpecEndpointsMetricRelabelingsAction = exports.ServiceMonitorSpecEndpointsTargetPort = exports.ServiceMonitorSpecEndpointsScheme = exports.ServiceMonitorSpecServiceDiscoveryRole = exports.ServiceMonitorSpecSelectorMechanism = exports.ServiceMonitorSpecScrapeProtocols = exports.ServiceMonitorSpecNativeHistogramMinBucketFactor = exports.ServiceMonitorSpecFallbackScrapeProtocol = exports.ServiceMonitor = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class ServiceMonitor extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
    };
    static manifest(props) {
        return {
            ...ServiceMonitor.GVK,
            ...toJson_ServiceMonitorProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...ServiceMonitor.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ServiceMonitor.GVK,
            ...toJson_ServiceMonitorProps(resolved),
        };
    }
}
exports.ServiceMonitor = ServiceMonitor;
function toJson_ServiceMonitorProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ServiceMonitorSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attachMetadata': toJson_ServiceMonitorSpecAttachMetadata(obj.attachMetadata),
        'bodySizeLimit': obj.bodySizeLimit,
        'convertClassicHistogramsToNHCB': obj.convertClassicHistogramsToNhcb,
        'endpoints': obj.endpoints?.map(y => toJson_ServiceMonitorSpecEndpoints(y)),
        'fallbackScrapeProtocol': obj.fallbackScrapeProtocol,
        'jobLabel': obj.jobLabel,
        'keepDroppedTargets': obj.keepDroppedTargets,
        'labelLimit': obj.labelLimit,
        'labelNameLengthLimit': obj.labelNameLengthLimit,
        'labelValueLengthLimit': obj.labelValueLengthLimit,
        'namespaceSelector': toJson_ServiceMonitorSpecNamespaceSelector(obj.namespaceSelector),
        'nativeHistogramBucketLimit': obj.nativeHistogramBucketLimit,
        'nativeHistogramMinBucketFactor': obj.nativeHistogramMinBucketFactor?.value,
        'podTargetLabels': obj.podTargetLabels?.map(y => y),
        'sampleLimit': obj.sampleLimit,
        'scrapeClass': obj.scrapeClass,
        'scrapeClassicHistograms': obj.scrapeClassicHistograms,
        'scrapeNativeHistograms': obj.scrapeNativeHistograms,
        'scrapeProtocols': obj.scrapeProtocols?.map(y => y),
        'selector': toJson_ServiceMonitorSpecSelector(obj.selector),
        'selectorMechanism': obj.selectorMechanism,
        'serviceDiscoveryRole': obj.serviceDiscoveryRole,
        'targetLabels': obj.targetLabels?.map(y => y),
        'targetLimit': obj.targetLimit,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecAttachMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'node': obj.node,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpoints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorization': toJson_ServiceMonitorSpecEndpointsAuthorization(obj.authorization),
        'basicAuth': toJson_ServiceMonitorSpecEndpointsBasicAuth(obj.basicAuth),
        'bearerTokenFile': obj.bearerTokenFile,
        'bearerTokenSecret': toJson_ServiceMonitorSpecEndpointsBearerTokenSecret(obj.bearerTokenSecret),
        'enableHttp2': obj.enableHttp2,
        'filterRunning': obj.filterRunning,
        'followRedirects': obj.followRedirects,
        'honorLabels': obj.honorLabels,
        'honorTimestamps': obj.honorTimestamps,
        'interval': obj.interval,
        'metricRelabelings': obj.metricRelabelings?.map(y => toJson_ServiceMonitorSpecEndpointsMetricRelabelings(y)),
        'noProxy': obj.noProxy,
        'oauth2': toJson_ServiceMonitorSpecEndpointsOauth2(obj.oauth2),
        'params': ((obj.params) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.params, (value) => value?.map(y => y))),
        'path': obj.path,
        'port': obj.port,
        'proxyConnectHeader': ((obj.proxyConnectHeader) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.proxyConnectHeader, (value) => value?.map(y => toJson_ServiceMonitorSpecEndpointsProxyConnectHeader(y)))),
        'proxyFromEnvironment': obj.proxyFromEnvironment,
        'proxyUrl': obj.proxyUrl,
        'relabelings': obj.relabelings?.map(y => toJson_ServiceMonitorSpecEndpointsRelabelings(y)),
        'scheme': obj.scheme,
        'scrapeTimeout': obj.scrapeTimeout,
        'targetPort': obj.targetPort?.value,
        'tlsConfig': toJson_ServiceMonitorSpecEndpointsTlsConfig(obj.tlsConfig),
        'trackTimestampsStaleness': obj.trackTimestampsStaleness,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ServiceMonitorSpecFallbackScrapeProtocol;
(function (ServiceMonitorSpecFallbackScrapeProtocol) {
    ServiceMonitorSpecFallbackScrapeProtocol["PROMETHEUS_PROTO"] = "PrometheusProto";
    ServiceMonitorSpecFallbackScrapeProtocol["OPEN_METRICS_TEXT0_0_1"] = "OpenMetricsText0.0.1";
    ServiceMonitorSpecFallbackScrapeProtocol["OPEN_METRICS_TEXT1_0_0"] = "OpenMetricsText1.0.0";
    ServiceMonitorSpecFallbackScrapeProtocol["PROMETHEUS_TEXT0_0_4"] = "PrometheusText0.0.4";
    ServiceMonitorSpecFallbackScrapeProtocol["PROMETHEUS_TEXT1_0_0"] = "PrometheusText1.0.0";
})(ServiceMonitorSpecFallbackScrapeProtocol || (exports.ServiceMonitorSpecFallbackScrapeProtocol = ServiceMonitorSpecFallbackScrapeProtocol = {}));
function toJson_ServiceMonitorSpecNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'any': obj.any,
        'matchNames': obj.matchNames?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class ServiceMonitorSpecNativeHistogramMinBucketFactor {
    value;
    static fromNumber(value) {
        return new ServiceMonitorSpecNativeHistogramMinBucketFactor(value);
    }
    static fromString(value) {
        return new ServiceMonitorSpecNativeHistogramMinBucketFactor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceMonitorSpecNativeHistogramMinBucketFactor = ServiceMonitorSpecNativeHistogramMinBucketFactor;
var ServiceMonitorSpecScrapeProtocols;
(function (ServiceMonitorSpecScrapeProtocols) {
    ServiceMonitorSpecScrapeProtocols["PROMETHEUS_PROTO"] = "PrometheusProto";
    ServiceMonitorSpecScrapeProtocols["OPEN_METRICS_TEXT0_0_1"] = "OpenMetricsText0.0.1";
    ServiceMonitorSpecScrapeProtocols["OPEN_METRICS_TEXT1_0_0"] = "OpenMetricsText1.0.0";
    ServiceMonitorSpecScrapeProtocols["PROMETHEUS_TEXT0_0_4"] = "PrometheusText0.0.4";
    ServiceMonitorSpecScrapeProtocols["PROMETHEUS_TEXT1_0_0"] = "PrometheusText1.0.0";
})(ServiceMonitorSpecScrapeProtocols || (exports.ServiceMonitorSpecScrapeProtocols = ServiceMonitorSpecScrapeProtocols = {}));
function toJson_ServiceMonitorSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ServiceMonitorSpecSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.matchLabels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ServiceMonitorSpecSelectorMechanism;
(function (ServiceMonitorSpecSelectorMechanism) {
    ServiceMonitorSpecSelectorMechanism["RELABEL_CONFIG"] = "RelabelConfig";
    ServiceMonitorSpecSelectorMechanism["ROLE_SELECTOR"] = "RoleSelector";
})(ServiceMonitorSpecSelectorMechanism || (exports.ServiceMonitorSpecSelectorMechanism = ServiceMonitorSpecSelectorMechanism = {}));
var ServiceMonitorSpecServiceDiscoveryRole;
(function (ServiceMonitorSpecServiceDiscoveryRole) {
    ServiceMonitorSpecServiceDiscoveryRole["ENDPOINTS"] = "Endpoints";
    ServiceMonitorSpecServiceDiscoveryRole["ENDPOINT_SLICE"] = "EndpointSlice";
})(ServiceMonitorSpecServiceDiscoveryRole || (exports.ServiceMonitorSpecServiceDiscoveryRole = ServiceMonitorSpecServiceDiscoveryRole = {}));
function toJson_ServiceMonitorSpecEndpointsAuthorization(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_ServiceMonitorSpecEndpointsAuthorizationCredentials(obj.credentials),
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsBasicAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'password': toJson_ServiceMonitorSpecEndpointsBasicAuthPassword(obj.password),
        'username': toJson_ServiceMonitorSpecEndpointsBasicAuthUsername(obj.username),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsBearerTokenSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsMetricRelabelings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'modulus': obj.modulus,
        'regex': obj.regex,
        'replacement': obj.replacement,
        'separator': obj.separator,
        'sourceLabels': obj.sourceLabels?.map(y => y),
        'targetLabel': obj.targetLabel,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_ServiceMonitorSpecEndpointsOauth2ClientId(obj.clientId),
        'clientSecret': toJson_ServiceMonitorSpecEndpointsOauth2ClientSecret(obj.clientSecret),
        'endpointParams': ((obj.endpointParams) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.endpointParams, (value) => value)),
        'noProxy': obj.noProxy,
        'proxyConnectHeader': ((obj.proxyConnectHeader) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.proxyConnectHeader, (value) => value?.map(y => toJson_ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader(y)))),
        'proxyFromEnvironment': obj.proxyFromEnvironment,
        'proxyUrl': obj.proxyUrl,
        'scopes': obj.scopes?.map(y => y),
        'tlsConfig': toJson_ServiceMonitorSpecEndpointsOauth2TlsConfig(obj.tlsConfig),
        'tokenUrl': obj.tokenUrl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsProxyConnectHeader(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsRelabelings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'action': obj.action,
        'modulus': obj.modulus,
        'regex': obj.regex,
        'replacement': obj.replacement,
        'separator': obj.separator,
        'sourceLabels': obj.sourceLabels?.map(y => y),
        'targetLabel': obj.targetLabel,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ServiceMonitorSpecEndpointsScheme;
(function (ServiceMonitorSpecEndpointsScheme) {
    ServiceMonitorSpecEndpointsScheme["HTTP"] = "http";
    ServiceMonitorSpecEndpointsScheme["HTTPS"] = "https";
})(ServiceMonitorSpecEndpointsScheme || (exports.ServiceMonitorSpecEndpointsScheme = ServiceMonitorSpecEndpointsScheme = {}));
class ServiceMonitorSpecEndpointsTargetPort {
    value;
    static fromNumber(value) {
        return new ServiceMonitorSpecEndpointsTargetPort(value);
    }
    static fromString(value) {
        return new ServiceMonitorSpecEndpointsTargetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ServiceMonitorSpecEndpointsTargetPort = ServiceMonitorSpecEndpointsTargetPort;
function toJson_ServiceMonitorSpecEndpointsTlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': toJson_ServiceMonitorSpecEndpointsTlsConfigCa(obj.ca),
        'caFile': obj.caFile,
        'cert': toJson_ServiceMonitorSpecEndpointsTlsConfigCert(obj.cert),
        'certFile': obj.certFile,
        'insecureSkipVerify': obj.insecureSkipVerify,
        'keyFile': obj.keyFile,
        'keySecret': toJson_ServiceMonitorSpecEndpointsTlsConfigKeySecret(obj.keySecret),
        'maxVersion': obj.maxVersion,
        'minVersion': obj.minVersion,
        'serverName': obj.serverName,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsAuthorizationCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsBasicAuthPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsBasicAuthUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ServiceMonitorSpecEndpointsMetricRelabelingsAction;
(function (ServiceMonitorSpecEndpointsMetricRelabelingsAction) {
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["REPLACE"] = "replace";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["KEEP"] = "keep";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["DROP"] = "drop";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["HASHMOD"] = "hashmod";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["LABELMAP"] = "labelmap";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["LABELDROP"] = "labeldrop";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["LABELKEEP"] = "labelkeep";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["LOWERCASE"] = "lowercase";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["UPPERCASE"] = "uppercase";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["KEEPEQUAL"] = "keepequal";
    ServiceMonitorSpecEndpointsMetricRelabelingsAction["DROPEQUAL"] = "dropequal";
})(ServiceMonitorSpecEndpointsMetricRelabelingsAction || (exports.ServiceMonitorSpecEndpointsMetricRelabelingsAction = ServiceMonitorSpecEndpointsMetricRelabelingsAction = {}));
function toJson_ServiceMonitorSpecEndpointsOauth2ClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap(obj.configMap),
        'secret': toJson_ServiceMonitorSpecEndpointsOauth2ClientIdSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2ClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2ProxyConnectHeader(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2TlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCa(obj.ca),
        'cert': toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCert(obj.cert),
        'insecureSkipVerify': obj.insecureSkipVerify,
        'keySecret': toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret(obj.keySecret),
        'maxVersion': obj.maxVersion,
        'minVersion': obj.minVersion,
        'serverName': obj.serverName,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ServiceMonitorSpecEndpointsRelabelingsAction;
(function (ServiceMonitorSpecEndpointsRelabelingsAction) {
    ServiceMonitorSpecEndpointsRelabelingsAction["REPLACE"] = "replace";
    ServiceMonitorSpecEndpointsRelabelingsAction["KEEP"] = "keep";
    ServiceMonitorSpecEndpointsRelabelingsAction["DROP"] = "drop";
    ServiceMonitorSpecEndpointsRelabelingsAction["HASHMOD"] = "hashmod";
    ServiceMonitorSpecEndpointsRelabelingsAction["LABELMAP"] = "labelmap";
    ServiceMonitorSpecEndpointsRelabelingsAction["LABELDROP"] = "labeldrop";
    ServiceMonitorSpecEndpointsRelabelingsAction["LABELKEEP"] = "labelkeep";
    ServiceMonitorSpecEndpointsRelabelingsAction["LOWERCASE"] = "lowercase";
    ServiceMonitorSpecEndpointsRelabelingsAction["UPPERCASE"] = "uppercase";
    ServiceMonitorSpecEndpointsRelabelingsAction["KEEPEQUAL"] = "keepequal";
    ServiceMonitorSpecEndpointsRelabelingsAction["DROPEQUAL"] = "dropequal";
})(ServiceMonitorSpecEndpointsRelabelingsAction || (exports.ServiceMonitorSpecEndpointsRelabelingsAction = ServiceMonitorSpecEndpointsRelabelingsAction = {}));
function toJson_ServiceMonitorSpecEndpointsTlsConfigCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ServiceMonitorSpecEndpointsTlsConfigCaConfigMap(obj.configMap),
        'secret': toJson_ServiceMonitorSpecEndpointsTlsConfigCaSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsTlsConfigCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ServiceMonitorSpecEndpointsTlsConfigCertConfigMap(obj.configMap),
        'secret': toJson_ServiceMonitorSpecEndpointsTlsConfigCertSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsTlsConfigKeySecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ServiceMonitorSpecEndpointsTlsConfigMaxVersion;
(function (ServiceMonitorSpecEndpointsTlsConfigMaxVersion) {
    ServiceMonitorSpecEndpointsTlsConfigMaxVersion["TLS10"] = "TLS10";
    ServiceMonitorSpecEndpointsTlsConfigMaxVersion["TLS11"] = "TLS11";
    ServiceMonitorSpecEndpointsTlsConfigMaxVersion["TLS12"] = "TLS12";
    ServiceMonitorSpecEndpointsTlsConfigMaxVersion["TLS13"] = "TLS13";
})(ServiceMonitorSpecEndpointsTlsConfigMaxVersion || (exports.ServiceMonitorSpecEndpointsTlsConfigMaxVersion = ServiceMonitorSpecEndpointsTlsConfigMaxVersion = {}));
var ServiceMonitorSpecEndpointsTlsConfigMinVersion;
(function (ServiceMonitorSpecEndpointsTlsConfigMinVersion) {
    ServiceMonitorSpecEndpointsTlsConfigMinVersion["TLS10"] = "TLS10";
    ServiceMonitorSpecEndpointsTlsConfigMinVersion["TLS11"] = "TLS11";
    ServiceMonitorSpecEndpointsTlsConfigMinVersion["TLS12"] = "TLS12";
    ServiceMonitorSpecEndpointsTlsConfigMinVersion["TLS13"] = "TLS13";
})(ServiceMonitorSpecEndpointsTlsConfigMinVersion || (exports.ServiceMonitorSpecEndpointsTlsConfigMinVersion = ServiceMonitorSpecEndpointsTlsConfigMinVersion = {}));
function toJson_ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2ClientIdSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap(obj.configMap),
        'secret': toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap(obj.configMap),
        'secret': toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion;
(function (ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion) {
    ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion["TLS10"] = "TLS10";
    ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion["TLS11"] = "TLS11";
    ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion["TLS12"] = "TLS12";
    ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion["TLS13"] = "TLS13";
})(ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion || (exports.ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion = ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion = {}));
var ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion;
(function (ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion) {
    ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion["TLS10"] = "TLS10";
    ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion["TLS11"] = "TLS11";
    ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion["TLS12"] = "TLS12";
    ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion["TLS13"] = "TLS13";
})(ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion || (exports.ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion = ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion = {}));
function toJson_ServiceMonitorSpecEndpointsTlsConfigCaConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsTlsConfigCaSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsTlsConfigCertConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsTlsConfigCertSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
