// Checks a .docx/.xlsx (zip) file before any parser unpacks it: the central directory's entry
// count and declared unpacked sizes first (a zip bomb says what it will become), then each entry
// is actually inflated with a hard output cap, since a crafted file can understate its sizes.
import zlib from "node:zlib";

export type ZipProblem =
  | { kind: "not_zip" }
  | { kind: "truncated" }
  | { kind: "too_many_entries"; entries: number }
  | { kind: "too_large"; unpackedBytes: number }
  | { kind: "unsupported" };

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
}

export class ZipGuardError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem.kind}`);
    this.name = "ZipGuardError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(data: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) if (data.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Lists the entries; throws ZipGuardError when the file is no zip or breaks the caps. */
export interface ZipCaps {
  maxEntries: number;
  maxUnpackedBytes: number;
  /** Cap for one XML part: parsers hold an XML part several times over in memory. */
  maxXmlBytes?: number;
}

export function inspectZip(data: Buffer, caps: ZipCaps): ZipEntry[] {
  if (data.length < 22 || data.readUInt32LE(0) !== LOCAL) throw new ZipGuardError({ kind: "not_zip" });
  const eocd = findEocd(data);
  if (eocd < 0) throw new ZipGuardError({ kind: "truncated" });
  const count = data.readUInt16LE(eocd + 10);
  const cdSize = data.readUInt32LE(eocd + 12);
  const cdOffset = data.readUInt32LE(eocd + 16);
  // ZIP64 markers: no letter or schedule needs them.
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipGuardError({ kind: "unsupported" });
  if (count > caps.maxEntries) throw new ZipGuardError({ kind: "too_many_entries", entries: count });
  if (cdOffset + cdSize > eocd) throw new ZipGuardError({ kind: "truncated" });
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || data.readUInt32LE(p) !== CENTRAL) throw new ZipGuardError({ kind: "truncated" });
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const size = data.readUInt32LE(p + 24);
    const nameLen = data.readUInt16LE(p + 28);
    const extraLen = data.readUInt16LE(p + 30);
    const commentLen = data.readUInt16LE(p + 32);
    const local = data.readUInt32LE(p + 42);
    const name = data.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    total += size;
    if (total > caps.maxUnpackedBytes) throw new ZipGuardError({ kind: "too_large", unpackedBytes: total });
    if (caps.maxXmlBytes !== undefined && /\.(xml|rels)$/i.test(name) && size > caps.maxXmlBytes) {
      throw new ZipGuardError({ kind: "too_large", unpackedBytes: size });
    }
    if (method !== 0 && method !== 8) throw new ZipGuardError({ kind: "unsupported" });
    verifyEntry(data, local, method, compressedSize, size);
    entries.push({ name, compressedSize, size });
  }
  return entries;
}

/** Inflates one entry with its declared size as the cap: a lie about the size fails here. */
function verifyEntry(data: Buffer, local: number, method: number, compressedSize: number, size: number): void {
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) throw new ZipGuardError({ kind: "truncated" });
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  if (start + compressedSize > data.length) throw new ZipGuardError({ kind: "truncated" });
  if (method === 0) {
    if (compressedSize !== size) throw new ZipGuardError({ kind: "truncated" });
    return;
  }
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data.subarray(start, start + compressedSize), { maxOutputLength: Math.max(1, size + 1) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new ZipGuardError({ kind: "too_large", unpackedBytes: size + 1 });
    throw new ZipGuardError({ kind: "truncated" });
  }
  if (out.length > size) throw new ZipGuardError({ kind: "too_large", unpackedBytes: out.length });
  if (out.length < size) throw new ZipGuardError({ kind: "truncated" });
}

/** Counts occurrences of `needle` in an entry (e.g. "<row" in a worksheet), inflating it again. */
export function countInEntry(data: Buffer, name: string, needle: string, limit: number): number {
  const eocd = findEocd(data);
  let p = data.readUInt32LE(eocd + 16);
  const count = data.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = data.readUInt16LE(p + 10);
    const compressedSize = data.readUInt32LE(p + 20);
    const size = data.readUInt32LE(p + 24);
    const nameLen = data.readUInt16LE(p + 28);
    const local = data.readUInt32LE(p + 42);
    const entryName = data.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
    if (entryName !== name) continue;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + compressedSize);
    const text = (method === 0 ? raw : zlib.inflateRawSync(raw, { maxOutputLength: size + 1 })).toString("latin1");
    let n = 0;
    for (let at = text.indexOf(needle); at >= 0 && n <= limit; at = text.indexOf(needle, at + needle.length)) n++;
    return n;
  }
  return 0;
}
