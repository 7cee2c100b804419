/**
 * The index in a compact, versioned binary form the service worker can cache (IndexedDB stores the
 * bytes as they are) and load without analysing a single claim again: the typed arrays are written
 * as they stand and loaded as views on the same buffer; term keys are one UTF-8 block; each claim's
 * record is its own JSON slice, decoded only when a claim is matched or listed.
 *
 *   "AWIX" · u32 ENGINE_INDEX_VERSION · u32 n · n × (u32 byteLength · bytes, padded to 4)
 *   section 0 is JSON metadata; the rest follow SECTIONS' order.
 *
 * The claims' records are most of the bytes (the claims as JSON) and matching reads only the few it
 * finds, so a caller may keep them apart (splitClaims) and give loadIndex a way to read them.
 */
import type { Claim } from '../model';
import { addToList } from './grow';
import {
  ENGINE_INDEX_VERSION,
  type AliasPattern,
  type ClaimIndex,
  type ClaimStore,
  type DatasetMeta,
  type IndexedClaim,
} from './layout';

const MAGIC = 0x58495741; // "AWIX" read as a little-endian u32

type ArrayField =
  | 'termWeight'
  | 'claimAnchorStart'
  | 'claimAnchors'
  | 'claimVariantStart'
  | 'claimDataset'
  | 'variantTermStart'
  | 'variantTerms'
  | 'variantTotal'
  | 'variantLanguage'
  | 'variantClaim'
  | 'variantRecord'
  | 'variantNameStart'
  | 'variantNames'
  | 'variantAnchorMask'
  | 'anchorPostStart'
  | 'anchorPost'
  | 'derivedPostStart'
  | 'derivedPost';

const SECTIONS: readonly [
  ArrayField,
  Float32ArrayConstructor | Uint32ArrayConstructor | Uint16ArrayConstructor | Uint8ArrayConstructor,
][] = [
  ['termWeight', Float32Array],
  ['claimAnchorStart', Uint32Array],
  ['claimAnchors', Uint32Array],
  ['claimVariantStart', Uint32Array],
  ['claimDataset', Uint16Array],
  ['variantTermStart', Uint32Array],
  ['variantTerms', Uint32Array],
  ['variantTotal', Float32Array],
  ['variantLanguage', Uint8Array],
  ['variantClaim', Uint32Array],
  ['variantRecord', Uint32Array],
  ['variantNameStart', Uint32Array],
  ['variantNames', Uint32Array],
  ['variantAnchorMask', Uint32Array],
  ['anchorPostStart', Uint32Array],
  ['anchorPost', Uint32Array],
  ['derivedPostStart', Uint32Array],
  ['derivedPost', Uint32Array],
];

interface Meta {
  datasets: DatasetMeta[];
  anchorNames: string[];
  aliases: [string[][], number][];
  claims: number;
  derivedMinRequired: number;
  derivedRecordWidth: number;
}

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/** Strings as one UTF-8 block plus the end offset of each, so any one decodes alone. */
function stringTable(strings: Iterable<string>): { bytes: Uint8Array; ends: Uint32Array } {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const ends: number[] = [];
  let total = 0;
  for (const s of strings) {
    const b = encoder.encode(s);
    chunks.push(b);
    total += b.length;
    ends.push(total);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, ends: Uint32Array.from(ends) };
}

function* claimRecords(index: ClaimIndex): Generator<string> {
  for (let i = 0; i < index.claims.length; i++) yield JSON.stringify(index.claims.get(i).claim);
}

function* claimIds(index: ClaimIndex): Generator<string> {
  for (let i = 0; i < index.claims.length; i++) yield index.claims.id(i);
}

export function serializeIndex(index: ClaimIndex): Uint8Array {
  const aliases: [string[][], number][] = [];
  const seen = new Set<AliasPattern>();
  for (const list of index.aliasesByFirstKey.values()) {
    for (const p of list) {
      if (seen.has(p)) continue;
      seen.add(p);
      aliases.push([p.words, p.anchor]);
    }
  }
  const meta: Meta = {
    datasets: index.datasets,
    anchorNames: index.anchorNames,
    aliases,
    claims: index.claims.length,
    derivedMinRequired: index.derivedMinRequired,
    derivedRecordWidth: index.derivedRecordWidth,
  };
  const keys = stringTable(index.keys);
  const ids = stringTable(claimIds(index));
  const records = stringTable(claimRecords(index));
  const parts: Uint8Array[] = [
    new TextEncoder().encode(JSON.stringify(meta)),
    keys.bytes,
    new Uint8Array(keys.ends.buffer),
    ids.bytes,
    new Uint8Array(ids.ends.buffer),
    records.bytes,
    new Uint8Array(records.ends.buffer),
    ...SECTIONS.map(([field]) => {
      const a = index[field];
      return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    }),
  ];
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const size = 12 + parts.reduce((s, p) => s + 4 + p.length + pad(p.length), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, ENGINE_INDEX_VERSION, true);
  view.setUint32(8, parts.length, true);
  let at = 12;
  for (const p of parts) {
    view.setUint32(at, p.length, true);
    out.set(p, at + 4);
    at += 4 + p.length + pad(p.length);
  }
  return out;
}

/** The version a serialised index was written with, or undefined if the bytes are no index. */
export function serializedVersion(bytes: Uint8Array): number | undefined {
  if (bytes.length < 12) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(0, true) === MAGIC ? view.getUint32(4, true) : undefined;
}

function lazyStrings(bytes: Uint8Array, ends: Uint32Array): (i: number) => string {
  const decoder = new TextDecoder();
  return (i) => decoder.decode(bytes.subarray(i === 0 ? 0 : ends[i - 1]!, ends[i]!));
}

/**
 * Claim ids, decoded together on first use: the background looks claims up by id, which reads every
 * id once; one decode and slices cost a few milliseconds for 100k ids where one decode each cost 150.
 */
function idStrings(bytes: Uint8Array, ends: Uint32Array): (i: number) => string {
  let all: string[] | undefined;
  return (i) => (all ??= splitKeys(new TextDecoder().decode(bytes), bytes, ends))[i]!;
}

/** Byte offsets of the sections of a serialised index (after the 12-byte header). */
function sectionsOf(bytes: Uint8Array): { at: number; length: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(8, true);
  const out: { at: number; length: number }[] = [];
  let at = 12;
  for (let i = 0; i < count; i++) {
    if (at + 4 > bytes.length) throw new IndexFormatError('truncated index');
    const length = view.getUint32(at, true);
    if (at + 4 + length > bytes.length) throw new IndexFormatError('truncated index');
    out.push({ at: at + 4, length });
    at += 4 + length + ((4 - (length % 4)) % 4);
  }
  return out;
}

/** Where the claims' records are among the sections: their JSON, then the end of each. */
const RECORDS = 5;
const RECORD_ENDS = 6;

/** A serialised index's claim records on their own: claim i's JSON is bytes[ends[i - 1] .. ends[i]). */
export interface ClaimRecords {
  bytes: Uint8Array;
  ends: Uint32Array;
}

/**
 * Splits a serialised index into the index without its claims' records (what matching reads at
 * start) and the records. loadIndex reads the first given a way to read the second.
 */
export function splitClaims(serialized: Uint8Array): { index: Uint8Array; records: ClaimRecords } {
  const version = serializedVersion(serialized);
  if (version !== ENGINE_INDEX_VERSION)
    throw new IndexFormatError(`index version ${version}, this engine reads ${ENGINE_INDEX_VERSION}`);
  const sections = sectionsOf(serialized);
  if (sections.length !== 7 + SECTIONS.length)
    throw new IndexFormatError('index sections do not match this engine');
  const records = sections[RECORDS]!;
  const ends = sections[RECORD_ENDS]!;
  const endsCopy = new Uint32Array(ends.length / 4);
  new Uint8Array(endsCopy.buffer).set(serialized.subarray(ends.at, ends.at + ends.length));
  const pad = (n: number) => (4 - (n % 4)) % 4;
  const dropped = records.length + pad(records.length) + ends.length + pad(ends.length);
  const index = new Uint8Array(serialized.length - dropped);
  // Everything up to the records' JSON, its length and the ends' length set to 0, then the rest.
  index.set(serialized.subarray(0, records.at));
  new DataView(index.buffer).setUint32(records.at - 4, 0, true);
  new DataView(index.buffer).setUint32(records.at, 0, true);
  index.set(serialized.subarray(ends.at + ends.length + pad(ends.length)), records.at + 4);
  return {
    index,
    records: { bytes: serialized.slice(records.at, records.at + records.length), ends: endsCopy },
  };
}

/** Claim i of records split off by splitClaims, decoded. */
export function claimRecord(records: ClaimRecords, i: number): Claim {
  const text = records.bytes.subarray(i === 0 ? 0 : records.ends[i - 1]!, records.ends[i]!);
  return JSON.parse(new TextDecoder().decode(text)) as Claim;
}

/**
 * Loads what serializeIndex wrote. Throws IndexFormatError for bytes of another engine version or
 * no index at all: the caller rebuilds from the dataset. For an index whose records splitClaims
 * took apart, `record` reads claim i (it may throw, e.g. while the records are still being read:
 * the error reaches whoever asked for the claim, matchArticle included, and nothing is cached).
 */
export function loadIndex(input: Uint8Array, record?: (i: number) => Claim): ClaimIndex {
  const version = serializedVersion(input);
  if (version === undefined) throw new IndexFormatError('not a serialised Afterword index');
  if (version !== ENGINE_INDEX_VERSION)
    throw new IndexFormatError(`index version ${version}, this engine reads ${ENGINE_INDEX_VERSION}`);
  // Typed views need 4-byte alignment; a Node Buffer from the pool may not have it.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const parts = sectionsOf(bytes).map(({ at, length }) => bytes.subarray(at, at + length));
  if (parts.length !== 7 + SECTIONS.length)
    throw new IndexFormatError('index sections do not match this engine');
  const u32 = (p: Uint8Array) => new Uint32Array(p.buffer, p.byteOffset, p.byteLength / 4);
  const meta = JSON.parse(new TextDecoder().decode(parts[0])) as Meta;
  const keyEnds = u32(parts[2]!);
  const keyText = new TextDecoder().decode(parts[1]);
  // Keys are decoded at once: matching needs the whole dictionary. UTF-16 offsets differ from the
  // UTF-8 ends, so split by re-encoding lengths only when a key is not ASCII.
  const keys = splitKeys(keyText, parts[1]!, keyEnds);
  const keyId = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) keyId.set(keys[i]!, i);

  const aliasesByFirstKey = new Map<string, AliasPattern[]>();
  for (const [words, anchor] of meta.aliases) {
    const pattern: AliasPattern = { words, anchor };
    for (const key of words[0] ?? []) addToList(aliasesByFirstKey, key, pattern);
  }

  const arrays = {} as Record<ArrayField, Float32Array | Uint32Array | Uint16Array | Uint8Array>;
  SECTIONS.forEach(([field, Type], i) => {
    const p = parts[7 + i]!;
    arrays[field] = new Type(p.buffer as ArrayBuffer, p.byteOffset, p.byteLength / Type.BYTES_PER_ELEMENT);
  });
  const claimDataset = arrays.claimDataset as Uint16Array;
  const id = idStrings(parts[3]!, u32(parts[4]!));
  const stored = lazyStrings(parts[RECORDS]!, u32(parts[RECORD_ENDS]!));
  const apart = meta.claims > 0 && parts[RECORD_ENDS]!.length === 0;
  const decode = (i: number): Claim => {
    if (!apart) return JSON.parse(stored(i)) as Claim;
    if (!record) throw new IndexFormatError('the claims of this index are stored apart');
    return record(i);
  };
  const cache = new Map<number, IndexedClaim>();
  const claims: ClaimStore = {
    length: meta.claims,
    id,
    get(i) {
      let c = cache.get(i);
      if (!c) {
        const d = meta.datasets[claimDataset[i]!]!;
        c = { claim: decode(i), datasetId: d.id, datasetAsOf: d.asOf };
        cache.set(i, c);
      }
      return c;
    },
  };
  return {
    version,
    keys,
    keyId,
    aliasesByFirstKey,
    anchorNames: meta.anchorNames,
    derivedMinRequired: meta.derivedMinRequired,
    derivedRecordWidth: meta.derivedRecordWidth,
    datasets: meta.datasets,
    claims,
    ...(arrays as Pick<ClaimIndex, ArrayField>),
  };
}

/**
 * The keys, sliced out of the decoded text: each UTF-8 end is turned into a UTF-16 offset by
 * counting the code points' lead bytes (two units for a 4-byte one), so a few keys outside ASCII do
 * not send every key through its own decoding (which took 57 ms of loading a 100k-claim index in
 * the worker, for 13 keys of 50,517). Bytes that are not the UTF-8 the serialiser writes (the count
 * then disagrees with the decoded text) are decoded key by key.
 */
function splitKeys(text: string, utf8: Uint8Array, ends: Uint32Array): string[] {
  const keys = new Array<string>(ends.length);
  const ascii = text.length === utf8.length;
  let byte = 0;
  let unit = 0;
  let from = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    if (ascii) unit = end;
    else
      for (; byte < end; byte++) {
        const b = utf8[byte]!;
        if ((b & 0xc0) !== 0x80) unit += b >= 0xf0 ? 2 : 1;
      }
    keys[i] = text.slice(from, unit);
    from = unit;
  }
  if (ascii || (unit === text.length && byte === utf8.length)) return keys;
  const decoder = new TextDecoder();
  let at = 0;
  for (let i = 0; i < ends.length; i++) {
    keys[i] = decoder.decode(utf8.subarray(at, ends[i]!));
    at = ends[i]!;
  }
  return keys;
}
