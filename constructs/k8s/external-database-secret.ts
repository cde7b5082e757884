import { Duration } from "cdk8s";
import { Construct } from "constructs";
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetDeletionPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
} from "../../imports/external-secrets-externalsecrets-external-secrets.io";

/** Keys of a Kubernetes Secret holding PostgreSQL credentials. */
export interface DatabaseSecretKeys {
  readonly host: string;
  readonly port: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** A ready connection URL (SQLAlchemy and libpq both read it), TLS required. */
  readonly uri: string;
}

/** A Kubernetes Secret with database credentials, as pods reference it. */
export interface IDatabaseCredentials {
  readonly name: string;
  readonly namespace: string;
  readonly keys: DatabaseSecretKeys;
}

/** An External Secrets store an ExternalSecret can read from. */
export interface ISecretStore {
  readonly storeName: string;
  readonly storeKind: "SecretStore" | "ClusterSecretStore";
  /** Namespace of a namespaced store; undefined for a ClusterSecretStore. */
  readonly namespace?: string;
}

/** Fields of the JSON object kept in the secret manager. */
export interface RemoteDatabaseKeys {
  readonly host: string;
  readonly port: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
}

/** libpq modes that refuse an unencrypted connection. */
const TLS_SSL_MODES = ["require", "verify-ca", "verify-full"] as const;
export type TlsSslMode = (typeof TLS_SSL_MODES)[number];

export interface ExternalDatabaseSecretProps {
  readonly namespace: string;
  /** Name of the ExternalSecret and of the Secret it writes. */
  readonly name: string;
  readonly secretStore: ISecretStore;
  /** Name of the secret-manager entry holding the credentials as a JSON object. */
  readonly remoteSecretName: string;
  /** Fields of that JSON object. */
  readonly remoteKeys: RemoteDatabaseKeys;
  /**
   * Keys of the Kubernetes Secret.
   * @default the remote field names, plus "uri"
   */
  readonly keys?: DatabaseSecretKeys;
  /**
   * libpq sslmode written into the connection URL; only modes that require TLS are accepted.
   * @default "require"
   */
  readonly sslMode?: TlsSslMode;
  /**
   * How often External Secrets reads the secret manager again (a rotated password arrives within this).
   * @default Duration.hours(1)
   */
  readonly refreshInterval?: Duration;
  /** Labels of the ExternalSecret and of the Secret it writes. @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** Template field references must be plain identifiers: `{{ .name }}` reads nothing else. */
const TEMPLATE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Database credentials synced from the cloud's secret manager into a Kubernetes Secret by External
 * Secrets: the secret's JSON fields, plus a connection URL built by the External Secrets template engine.
 * Nothing secret is ever in the manifest: only the secret's name and field names.
 */
export class ExternalDatabaseSecret extends Construct implements IDatabaseCredentials {
  readonly name: string;
  readonly namespace: string;
  readonly keys: DatabaseSecretKeys;

  constructor(scope: Construct, id: string, props: ExternalDatabaseSecretProps) {
    super(scope, id);
    const where = `ExternalDatabaseSecret ${props.namespace}/${props.name}`;
    const store = props.secretStore;
    if (store.storeKind === "SecretStore" && store.namespace !== props.namespace) {
      throw new Error(
        `${where}: secretStore "${store.storeName}" is a SecretStore in namespace "${store.namespace}"; a namespaced store serves only its own namespace, expected one in "${props.namespace}" or a ClusterSecretStore`,
      );
    }
    for (const [field, remoteKey] of Object.entries(props.remoteKeys)) {
      if (!TEMPLATE_FIELD.test(remoteKey)) {
        throw new Error(
          `${where}: remoteKeys.${field} is "${remoteKey}"; expected a field name of letters, digits and underscores, not starting with a digit (the URL template reads it as {{ .${remoteKey} }})`,
        );
      }
    }
    const sslMode = props.sslMode ?? "require";
    if (!(TLS_SSL_MODES as readonly string[]).includes(sslMode)) {
      throw new Error(
        `${where}: sslMode is "${sslMode}"; expected one that requires TLS: ${TLS_SSL_MODES.map((mode) => `"${mode}"`).join(", ")}`,
      );
    }
    const refreshSeconds = (props.refreshInterval ?? Duration.hours(1)).toSeconds();
    if (!Number.isInteger(refreshSeconds) || refreshSeconds < 60) {
      throw new Error(
        `${where}: refreshInterval is ${refreshSeconds} seconds; expected a whole number of seconds, at least 60 (each refresh is a paid secret-manager read)`,
      );
    }

    const remote = props.remoteKeys;
    this.name = props.name;
    this.namespace = props.namespace;
    this.keys = props.keys ?? {
      host: remote.host,
      port: remote.port,
      username: remote.username,
      password: remote.password,
      database: remote.database,
      uri: "uri",
    };
    const field = (remoteKey: string) => `{{ .${remoteKey} }}`;
    const labels = props.labels && { ...props.labels };

    new ExternalSecret(this, "external-secret", {
      metadata: { name: props.name, namespace: props.namespace, ...(labels && { labels }) },
      spec: {
        refreshInterval: goDuration(refreshSeconds),
        secretStoreRef: {
          kind:
            store.storeKind === "SecretStore"
              ? ExternalSecretSpecSecretStoreRefKind.SECRET_STORE
              : ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE,
          name: store.storeName,
        },
        // Every field of the one JSON secret; the template below picks what the Secret holds.
        dataFrom: [{ extract: { key: props.remoteSecretName } }],
        target: {
          name: props.name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          // Should the secret-manager entry vanish, keep the last good Secret: restarts keep working.
          deletionPolicy: ExternalSecretSpecTargetDeletionPolicy.RETAIN,
          template: {
            engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
            type: "Opaque",
            ...(labels && { metadata: { labels } }),
            // Each key listed explicitly: with a template, the Secret holds exactly these keys.
            data: {
              [this.keys.host]: field(remote.host),
              [this.keys.port]: field(remote.port),
              [this.keys.username]: field(remote.username),
              [this.keys.password]: field(remote.password),
              [this.keys.database]: field(remote.database),
              // The password is letters and digits only (see the cloud layer), so it needs no escaping here.
              [this.keys.uri]:
                `postgresql://${field(remote.username)}:${field(remote.password)}@${field(remote.host)}:${field(remote.port)}/${field(remote.database)}?sslmode=${sslMode}`,
            },
          },
        },
      },
    });
  }
}

/** A Go duration string ("1h", "30m", "90s"), as External Secrets reads refreshInterval. */
function goDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
