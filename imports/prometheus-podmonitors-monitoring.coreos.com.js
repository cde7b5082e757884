"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = exports.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = exports.PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = exports.PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = exports.PodMonitorSpecPodMetricsEndpointsRelabelingsAction = exports.PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = exports.PodMonitorSpecPodMetricsEndpointsTargetPort = exports.PodMonitorSpecPodMetricsEndpointsScheme = exports.PodMonitorSpecSelectorMechanism = exports.PodMonitorSpecScrapeProtocols = exports.PodMonitorSpecNativeHistogramMinBucketFactor = exports.PodMonitorSpecFallbackScrapeProtocol = exports.PodMonitor = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class PodMonitor extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PodMonitor',
    };
    static manifest(props) {
        return {
            ...PodMonitor.GVK,
            ...toJson_PodMonitorProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...PodMonitor.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...PodMonitor.GVK,
            ...toJson_PodMonitorProps(resolved),
        };
    }
}
exports.PodMonitor = PodMonitor;
function toJson_PodMonitorProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_PodMonitorSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attachMetadata': toJson_PodMonitorSpecAttachMetadata(obj.attachMetadata),
        'bodySizeLimit': obj.bodySizeLimit,
        'convertClassicHistogramsToNHCB': obj.convertClassicHistogramsToNhcb,
        'fallbackScrapeProtocol': obj.fallbackScrapeProtocol,
        'jobLabel': obj.jobLabel,
        'keepDroppedTargets': obj.keepDroppedTargets,
        'labelLimit': obj.labelLimit,
        'labelNameLengthLimit': obj.labelNameLengthLimit,
        'labelValueLengthLimit': obj.labelValueLengthLimit,
        'namespaceSelector': toJson_PodMonitorSpecNamespaceSelector(obj.namespaceSelector),
        'nativeHistogramBucketLimit': obj.nativeHistogramBucketLimit,
        'nativeHistogramMinBucketFactor': obj.nativeHistogramMinBucketFactor?.value,
        'podMetricsEndpoints': obj.podMetricsEndpoints?.map(y => toJson_PodMonitorSpecPodMetricsEndpoints(y)),
        'podTargetLabels': obj.podTargetLabels?.map(y => y),
        'sampleLimit': obj.sampleLimit,
        'scrapeClass': obj.scrapeClass,
        'scrapeClassicHistograms': obj.scrapeClassicHistograms,
        'scrapeNativeHistograms': obj.scrapeNativeHistograms,
        'scrapeProtocols': obj.scrapeProtocols?.map(y => y),
        'selector': toJson_PodMonitorSpecSelector(obj.selector),
        'selectorMechanism': obj.selectorMechanism,
        'targetLimit': obj.targetLimit,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecAttachMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'node': obj.node,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var PodMonitorSpecFallbackScrapeProtocol;
(function (PodMonitorSpecFallbackScrapeProtocol) {
    PodMonitorSpecFallbackScrapeProtocol["PROMETHEUS_PROTO"] = "PrometheusProto";
    PodMonitorSpecFallbackScrapeProtocol["OPEN_METRICS_TEXT0_0_1"] = "OpenMetricsText0.0.1";
    PodMonitorSpecFallbackScrapeProtocol["OPEN_METRICS_TEXT1_0_0"] = "OpenMetricsText1.0.0";
    PodMonitorSpecFallbackScrapeProtocol["PROMETHEUS_TEXT0_0_4"] = "PrometheusText0.0.4";
    PodMonitorSpecFallbackScrapeProtocol["PROMETHEUS_TEXT1_0_0"] = "PrometheusText1.0.0";
})(PodMonitorSpecFallbackScrapeProtocol || (exports.PodMonitorSpecFallbackScrapeProtocol = PodMonitorSpecFallbackScrapeProtocol = {}));
function toJson_PodMonitorSpecNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'any': obj.any,
        'matchNames': obj.matchNames?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class PodMonitorSpecNativeHistogramMinBucketFactor {
    value;
    static fromNumber(value) {
        return new PodMonitorSpecNativeHistogramMinBucketFactor(value);
    }
    static fromString(value) {
        return new PodMonitorSpecNativeHistogramMinBucketFactor(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.PodMonitorSpecNativeHistogramMinBucketFactor = PodMonitorSpecNativeHistogramMinBucketFactor;
function toJson_PodMonitorSpecPodMetricsEndpoints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorization': toJson_PodMonitorSpecPodMetricsEndpointsAuthorization(obj.authorization),
        'basicAuth': toJson_PodMonitorSpecPodMetricsEndpointsBasicAuth(obj.basicAuth),
        'bearerTokenSecret': toJson_PodMonitorSpecPodMetricsEndpointsBearerTokenSecret(obj.bearerTokenSecret),
        'enableHttp2': obj.enableHttp2,
        'filterRunning': obj.filterRunning,
        'followRedirects': obj.followRedirects,
        'honorLabels': obj.honorLabels,
        'honorTimestamps': obj.honorTimestamps,
        'interval': obj.interval,
        'metricRelabelings': obj.metricRelabelings?.map(y => toJson_PodMonitorSpecPodMetricsEndpointsMetricRelabelings(y)),
        'noProxy': obj.noProxy,
        'oauth2': toJson_PodMonitorSpecPodMetricsEndpointsOauth2(obj.oauth2),
        'params': ((obj.params) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.params, (value) => value?.map(y => y))),
        'path': obj.path,
        'port': obj.port,
        'portNumber': obj.portNumber,
        'proxyConnectHeader': ((obj.proxyConnectHeader) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.proxyConnectHeader, (value) => value?.map(y => toJson_PodMonitorSpecPodMetricsEndpointsProxyConnectHeader(y)))),
        'proxyFromEnvironment': obj.proxyFromEnvironment,
        'proxyUrl': obj.proxyUrl,
        'relabelings': obj.relabelings?.map(y => toJson_PodMonitorSpecPodMetricsEndpointsRelabelings(y)),
        'scheme': obj.scheme,
        'scrapeTimeout': obj.scrapeTimeout,
        'targetPort': obj.targetPort?.value,
        'tlsConfig': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfig(obj.tlsConfig),
        'trackTimestampsStaleness': obj.trackTimestampsStaleness,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var PodMonitorSpecScrapeProtocols;
(function (PodMonitorSpecScrapeProtocols) {
    PodMonitorSpecScrapeProtocols["PROMETHEUS_PROTO"] = "PrometheusProto";
    PodMonitorSpecScrapeProtocols["OPEN_METRICS_TEXT0_0_1"] = "OpenMetricsText0.0.1";
    PodMonitorSpecScrapeProtocols["OPEN_METRICS_TEXT1_0_0"] = "OpenMetricsText1.0.0";
    PodMonitorSpecScrapeProtocols["PROMETHEUS_TEXT0_0_4"] = "PrometheusText0.0.4";
    PodMonitorSpecScrapeProtocols["PROMETHEUS_TEXT1_0_0"] = "PrometheusText1.0.0";
})(PodMonitorSpecScrapeProtocols || (exports.PodMonitorSpecScrapeProtocols = PodMonitorSpecScrapeProtocols = {}));
function toJson_PodMonitorSpecSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_PodMonitorSpecSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.matchLabels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var PodMonitorSpecSelectorMechanism;
(function (PodMonitorSpecSelectorMechanism) {
    PodMonitorSpecSelectorMechanism["RELABEL_CONFIG"] = "RelabelConfig";
    PodMonitorSpecSelectorMechanism["ROLE_SELECTOR"] = "RoleSelector";
})(PodMonitorSpecSelectorMechanism || (exports.PodMonitorSpecSelectorMechanism = PodMonitorSpecSelectorMechanism = {}));
function toJson_PodMonitorSpecPodMetricsEndpointsAuthorization(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials(obj.credentials),
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecPodMetricsEndpointsBasicAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'password': toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthPassword(obj.password),
        'username': toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthUsername(obj.username),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecPodMetricsEndpointsBearerTokenSecret(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsMetricRelabelings(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientId(obj.clientId),
        'clientSecret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret(obj.clientSecret),
        'endpointParams': ((obj.endpointParams) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.endpointParams, (value) => value)),
        'noProxy': obj.noProxy,
        'proxyConnectHeader': ((obj.proxyConnectHeader) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.proxyConnectHeader, (value) => value?.map(y => toJson_PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader(y)))),
        'proxyFromEnvironment': obj.proxyFromEnvironment,
        'proxyUrl': obj.proxyUrl,
        'scopes': obj.scopes?.map(y => y),
        'tlsConfig': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig(obj.tlsConfig),
        'tokenUrl': obj.tokenUrl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecPodMetricsEndpointsProxyConnectHeader(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsRelabelings(obj) {
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
var PodMonitorSpecPodMetricsEndpointsScheme;
(function (PodMonitorSpecPodMetricsEndpointsScheme) {
    PodMonitorSpecPodMetricsEndpointsScheme["HTTP"] = "http";
    PodMonitorSpecPodMetricsEndpointsScheme["HTTPS"] = "https";
})(PodMonitorSpecPodMetricsEndpointsScheme || (exports.PodMonitorSpecPodMetricsEndpointsScheme = PodMonitorSpecPodMetricsEndpointsScheme = {}));
class PodMonitorSpecPodMetricsEndpointsTargetPort {
    value;
    static fromNumber(value) {
        return new PodMonitorSpecPodMetricsEndpointsTargetPort(value);
    }
    static fromString(value) {
        return new PodMonitorSpecPodMetricsEndpointsTargetPort(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.PodMonitorSpecPodMetricsEndpointsTargetPort = PodMonitorSpecPodMetricsEndpointsTargetPort;
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCa(obj.ca),
        'cert': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCert(obj.cert),
        'insecureSkipVerify': obj.insecureSkipVerify,
        'keySecret': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret(obj.keySecret),
        'maxVersion': obj.maxVersion,
        'minVersion': obj.minVersion,
        'serverName': obj.serverName,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecSelectorMatchExpressions(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsAuthorizationCredentials(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthPassword(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsBasicAuthUsername(obj) {
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
var PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction;
(function (PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction) {
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["REPLACE"] = "replace";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["KEEP"] = "keep";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["DROP"] = "drop";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["HASHMOD"] = "hashmod";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["LABELMAP"] = "labelmap";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["LABELDROP"] = "labeldrop";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["LABELKEEP"] = "labelkeep";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["LOWERCASE"] = "lowercase";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["UPPERCASE"] = "uppercase";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["KEEPEQUAL"] = "keepequal";
    PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction["DROPEQUAL"] = "dropequal";
})(PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction || (exports.PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = PodMonitorSpecPodMetricsEndpointsMetricRelabelingsAction = {}));
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ca': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa(obj.ca),
        'cert': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert(obj.cert),
        'insecureSkipVerify': obj.insecureSkipVerify,
        'keySecret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret(obj.keySecret),
        'maxVersion': obj.maxVersion,
        'minVersion': obj.minVersion,
        'serverName': obj.serverName,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var PodMonitorSpecPodMetricsEndpointsRelabelingsAction;
(function (PodMonitorSpecPodMetricsEndpointsRelabelingsAction) {
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["REPLACE"] = "replace";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["KEEP"] = "keep";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["DROP"] = "drop";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["HASHMOD"] = "hashmod";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["LABELMAP"] = "labelmap";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["LABELDROP"] = "labeldrop";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["LABELKEEP"] = "labelkeep";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["LOWERCASE"] = "lowercase";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["UPPERCASE"] = "uppercase";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["KEEPEQUAL"] = "keepequal";
    PodMonitorSpecPodMetricsEndpointsRelabelingsAction["DROPEQUAL"] = "dropequal";
})(PodMonitorSpecPodMetricsEndpointsRelabelingsAction || (exports.PodMonitorSpecPodMetricsEndpointsRelabelingsAction = PodMonitorSpecPodMetricsEndpointsRelabelingsAction = {}));
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigKeySecret(obj) {
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
var PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion;
(function (PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion) {
    PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion["TLS10"] = "TLS10";
    PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion["TLS11"] = "TLS11";
    PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion["TLS12"] = "TLS12";
    PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion["TLS13"] = "TLS13";
})(PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion || (exports.PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = PodMonitorSpecPodMetricsEndpointsTlsConfigMaxVersion = {}));
var PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion;
(function (PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion) {
    PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion["TLS10"] = "TLS10";
    PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion["TLS11"] = "TLS11";
    PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion["TLS12"] = "TLS12";
    PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion["TLS13"] = "TLS13";
})(PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion || (exports.PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = PodMonitorSpecPodMetricsEndpointsTlsConfigMinVersion = {}));
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdConfigMap(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2ClientIdSecret(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap(obj.configMap),
        'secret': toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret(obj.secret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigKeySecret(obj) {
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
var PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion;
(function (PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion) {
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion["TLS10"] = "TLS10";
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion["TLS11"] = "TLS11";
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion["TLS12"] = "TLS12";
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion["TLS13"] = "TLS13";
})(PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion || (exports.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMaxVersion = {}));
var PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion;
(function (PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion) {
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion["TLS10"] = "TLS10";
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion["TLS11"] = "TLS11";
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion["TLS12"] = "TLS12";
    PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion["TLS13"] = "TLS13";
})(PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion || (exports.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigMinVersion = {}));
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaConfigMap(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCaSecret(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaConfigMap(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCaSecret(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertConfigMap(obj) {
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
function toJson_PodMonitorSpecPodMetricsEndpointsOauth2TlsConfigCertSecret(obj) {
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
