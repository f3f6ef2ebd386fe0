// The one message of the Bazel Remote Execution API a remote cache entry
// needs: an ActionResult naming one output file by its digest. bazel-remote
// keeps an action cache (`/ac/<key>`: any 64-hex key → an ActionResult) beside
// its content-addressed store (`/cas/<sha256 of the bytes>`, checked on
// upload), and by default refuses an /ac/ entry that is not an ActionResult.
// Protobuf wire format, by hand: tags are (field << 3) | type, type 0 a
// varint, 2 a length-prefixed field.
//
//   ActionResult { repeated OutputFile output_files = 2; }
//   OutputFile   { string path = 1; Digest digest = 2; }
//   Digest       { string hash = 1; int64 size_bytes = 2; }

export interface Digest {
  /** sha256 of the bytes, lowercase hex. */
  hash: string;
  size: number;
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

function field(tag: number, bytes: Uint8Array): Uint8Array {
  return Uint8Array.from([...varint(tag), ...varint(bytes.byteLength), ...bytes]);
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

/** An ActionResult with one output file, `path`, whose bytes have `digest`. */
export function encodeActionResult(path: string, digest: Digest): Uint8Array {
  const d = concat([field((1 << 3) | 2, utf8(digest.hash)), Uint8Array.from([(2 << 3) | 0, ...varint(digest.size)])]);
  const file = concat([field((1 << 3) | 2, utf8(path)), field((2 << 3) | 2, d)]);
  return field((2 << 3) | 2, file);
}

interface Field {
  no: number;
  /** A length-prefixed field's bytes, or undefined for other types. */
  bytes?: Uint8Array;
  value?: number;
}

/** The fields of one message; undefined when the bytes are not a message. */
function fields(buf: Uint8Array): Field[] | undefined {
  const out: Field[] = [];
  let i = 0;
  const readVarint = (): number | undefined => {
    let v = 0;
    let scale = 1;
    for (let n = 0; n < 10; n++) {
      if (i >= buf.byteLength) return undefined;
      const b = buf[i++]!;
      v += (b & 0x7f) * scale;
      scale *= 0x80;
      if (b < 0x80) return v;
    }
    return undefined;
  };
  while (i < buf.byteLength) {
    const tag = readVarint();
    if (tag === undefined) return undefined;
    const no = Math.floor(tag / 8);
    const type = tag % 8;
    if (type === 0) {
      const value = readVarint();
      if (value === undefined) return undefined;
      out.push({ no, value });
    } else if (type === 2) {
      const len = readVarint();
      if (len === undefined || i + len > buf.byteLength) return undefined;
      out.push({ no, bytes: buf.subarray(i, i + len) });
      i += len;
    } else if (type === 1 || type === 5) {
      i += type === 1 ? 8 : 4;
      if (i > buf.byteLength) return undefined;
    } else {
      return undefined;
    }
  }
  return out;
}

/** The digest of the output file named `path` in an ActionResult; undefined when there is none or the bytes are not one. */
export function decodeActionResult(bytes: Uint8Array, path: string): Digest | undefined {
  for (const f of fields(bytes) ?? []) {
    if (f.no !== 2 || !f.bytes) continue;
    const file = fields(f.bytes) ?? [];
    const name = file.find((x) => x.no === 1 && x.bytes);
    const digest = file.find((x) => x.no === 2 && x.bytes);
    if (!name?.bytes || !digest?.bytes || new TextDecoder().decode(name.bytes) !== path) continue;
    const d = fields(digest.bytes) ?? [];
    const hash = d.find((x) => x.no === 1 && x.bytes)?.bytes;
    const size = d.find((x) => x.no === 2 && x.value !== undefined)?.value ?? 0;
    const hex = hash ? new TextDecoder().decode(hash) : '';
    if (/^[0-9a-f]{64}$/.test(hex)) return { hash: hex, size };
  }
  return undefined;
}
