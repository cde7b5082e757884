/**
 * An in-memory stand-in for the part of the GCS JSON API that `gcloud storage` 528 calls for the backup
 * scripts' adapter (object-store-gcs.sh): object metadata, media download, listing, multipart upload and
 * deletion, with generations. No GCS emulator can be installed on the build machines; this stand-in lets
 * the real gcloud CLI run the adapter's commands end to end over loopback HTTP, so that the adapter's flags,
 * formats and parsing meet the real CLI. It does not model GCS itself: no IAM, no encryption (it reports the
 * key it was told to), no versioning rules beyond keeping every generation, no resumable uploads.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface StoredObject {
  readonly name: string;
  readonly generation: string;
  readonly content: Buffer;
  readonly contentType: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly kmsKeyName?: string;
  /** Whether it is the live generation. */
  live: boolean;
}

/** One request the stand-in answered: method, path and query, for assertions on what gcloud asked. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The JSON metadata part of an upload. */
  readonly uploadMetadata?: Record<string, unknown>;
}

const CRC32C_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC32C (Castagnoli) of the content, base64 of its four big-endian bytes, as GCS reports it. */
function crc32c(content: Buffer): string {
  let crc = 0xffffffff;
  for (const byte of content) crc = (CRC32C_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  const value = Buffer.alloc(4);
  value.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return value.toString("base64");
}

export class GcsJsonApiStandIn {
  readonly objects: StoredObject[] = [];
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;
  private endpoint = "";
  private nextGeneration = 1_700_000_000_000_001;

  constructor(
    readonly bucket: string,
    /** The bucket's default Cloud KMS key, reported on objects uploaded without one. @default none */
    readonly defaultKmsKeyName?: string,
  ) {}

  /** Starts listening on loopback; returns the endpoint for CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.endpoint;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Adds an object as a new live generation (the previous one becomes noncurrent). */
  put(
    name: string,
    content: string | Buffer,
    metadata: Record<string, string> = {},
    kmsKeyName?: string,
  ): StoredObject {
    for (const object of this.objects) if (object.name === name) object.live = false;
    const key = kmsKeyName ?? this.defaultKmsKeyName;
    const stored: StoredObject = {
      name,
      generation: String(this.nextGeneration++),
      content: Buffer.isBuffer(content) ? content : Buffer.from(content),
      contentType: "application/octet-stream",
      metadata,
      ...(key && { kmsKeyName: `${key}/cryptoKeyVersions/1` }),
      live: true,
    };
    this.objects.push(stored);
    return stored;
  }

  live(name: string): StoredObject | undefined {
    return this.objects.find((object) => object.name === name && object.live);
  }

  private resource(object: StoredObject): Record<string, unknown> {
    return {
      kind: "storage#object",
      bucket: this.bucket,
      name: object.name,
      id: `${this.bucket}/${object.name}/${object.generation}`,
      // gcloud downloads from the link GCS gives, never from a URL of its own.
      mediaLink: `${this.endpoint}download/storage/v1/b/${this.bucket}/o/${encodeURIComponent(object.name)}?generation=${object.generation}&alt=media`,
      size: String(object.content.length),
      generation: object.generation,
      metageneration: "1",
      contentType: object.contentType,
      md5Hash: createHash("md5").update(object.content).digest("base64"),
      crc32c: crc32c(object.content),
      metadata: { ...object.metadata },
      storageClass: "STANDARD",
      timeCreated: "2026-12-01T00:00:00.000Z",
      updated: "2026-12-01T00:00:00.000Z",
      ...(object.kmsKeyName && { kmsKeyName: object.kmsKeyName }),
    };
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://stand-in");
      const query = Object.fromEntries(url.searchParams.entries());
      const body = Buffer.concat(chunks);
      const send = (status: number, json: unknown, raw?: Buffer) => {
        response.writeHead(status, { "content-type": raw ? "application/octet-stream" : "application/json" });
        response.end(raw ?? JSON.stringify(json));
      };
      const notFound = () => send(404, { error: { code: 404, message: "No such object" } });
      const objects = `/storage/v1/b/${this.bucket}/o`;
      if (
        request.method === "POST" &&
        url.pathname === `/upload${objects}` &&
        query.uploadType === "multipart"
      ) {
        const { metadata, content } = parseMultipart(String(request.headers["content-type"]), body);
        this.requests.push({ method: "POST", path: url.pathname, query, uploadMetadata: metadata });
        const stored = this.put(
          String(metadata.name),
          content,
          (metadata.metadata as Record<string, string> | undefined) ?? {},
          (metadata.kmsKeyName as string | undefined) ?? query.kmsKeyName,
        );
        return send(200, this.resource(stored));
      }
      this.requests.push({ method: request.method ?? "", path: url.pathname, query });
      if (request.method === "GET" && url.pathname === objects) {
        const prefix = query.prefix ?? "";
        const matching = this.objects.filter((object) => object.live && object.name.startsWith(prefix));
        const delimiter = query.delimiter;
        const items = delimiter
          ? matching.filter((object) => !object.name.slice(prefix.length).includes(delimiter))
          : matching;
        const prefixes = delimiter
          ? [
              ...new Set(
                matching
                  .map((object) => object.name.slice(prefix.length))
                  .filter((rest) => rest.includes(delimiter))
                  .map((rest) => `${prefix}${rest.slice(0, rest.indexOf(delimiter) + 1)}`),
              ),
            ]
          : [];
        return send(200, {
          kind: "storage#objects",
          ...(items.length > 0 && { items: items.map((object) => this.resource(object)) }),
          ...(prefixes.length > 0 && { prefixes }),
        });
      }
      const path = url.pathname.replace(/^\/download\//, "/");
      if (!path.startsWith(`${objects}/`)) return notFound();
      const name = decodeURIComponent(path.slice(objects.length + 1));
      const object = query.generation
        ? this.objects.find(
            (candidate) => candidate.name === name && candidate.generation === query.generation,
          )
        : this.live(name);
      if (!object) return notFound();
      if (request.method === "GET") {
        return query.alt === "media"
          ? send(200, undefined, object.content)
          : send(200, this.resource(object));
      }
      if (request.method === "DELETE") {
        this.objects.splice(this.objects.indexOf(object), 1);
        response.writeHead(204);
        return response.end();
      }
      return notFound();
    });
  }
}

/** The JSON part and the content part of a `multipart/related` upload. */
function parseMultipart(
  contentType: string,
  body: Buffer,
): { metadata: Record<string, unknown>; content: Buffer } {
  const boundary = /boundary=(?:'([^']+)'|"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = `--${boundary?.[1] ?? boundary?.[2] ?? boundary?.[3]}`;
  const text = body.toString("latin1");
  const parts = text
    .split(marker)
    .slice(1, -1)
    .map((part) => {
      const split = part.indexOf("\n\n") >= 0 ? part.indexOf("\n\n") : part.indexOf("\r\n\r\n");
      const separator = part.indexOf("\n\n") >= 0 ? 2 : 4;
      return part.slice(split + separator).replace(/\r?\n$/, "");
    });
  return {
    metadata: JSON.parse(parts[0] ?? "{}") as Record<string, unknown>,
    content: Buffer.from(parts[1] ?? "", "latin1"),
  };
}
