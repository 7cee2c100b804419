/**
 * An open-addressing hash table from a word, read in place as text[start, end), to a value: the
 * index build looks up millions of claim words, and a Map would need each sliced into a fresh
 * string and hashed again (at 100k claims that lookup was a third of the build).
 *
 * Laid out for the cache. At 100k claims the claims' table holds ~95,000 words and a lookup of a
 * rare word misses the cache at each place it reads, so everything a lookup needs sits in its slot
 * of one Int32Array — the word's hash, length and place in a packed pool of characters, a tag its
 * user chose, and an id stamped by the user's current pass (the index build's key id) — and a
 * lookup reads the slot and the pool. An array of strings, an array of values and a value object
 * per word took three more reads: in a profile of the 100k build (node --cpu-prof), reading the
 * value objects and the values' array alone took a fifth of the build.
 */
/**
 * Slots a lookup may probe. Linear probing at half load averages under two; the cap keeps a page
 * written to collide the (public) hash function from making each lookup scan the table.
 */
const MAX_PROBES = 32;
/**
 * The pool's first size, and the most UTF-16 units it may hold before the table starts over (8 MB):
 * the table's limit counts words, and a hostile page's long words must not grow the pool without
 * bound (a 100k-claim build puts ~0.7M units there).
 */
const POOL_START = 1 << 14;
const POOL_LIMIT = 1 << 22;
/** Int32s per slot (32 bytes, two to a cache line): the fields below. */
const SLOT = 8;
const HASH = 0;
/** The word's entry, 1-based (0: a free slot): its value is values[entry − 1]. */
const ENTRY = 1;
const OFFSET = 2;
const LENGTH = 3;
const TAG = 4;
const STAMP = 5;
const ID = 6;

/**
 * FNV-1a over the UTF-16 code units of text[start, end), as a signed 32-bit number: the word memo's
 * hash, and the claim ids' table's in the background (background/id-table.ts, unsigned there).
 */
export function textHash(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

export class WordTable<V> {
  private slots: Int32Array;
  /** The words' UTF-16 code units, back to back. */
  private pool = new Uint16Array(POOL_START);
  private poolLength = 0;
  private values: V[] = [];

  constructor(private readonly limit: number) {
    this.slots = new Int32Array((1 << 12) * SLOT);
  }

  get size(): number {
    return this.values.length;
  }

  /** Bytes of the table's typed arrays (its slots and its pool), outside the JS heap. */
  get byteLength(): number {
    return this.slots.byteLength + this.pool.byteLength;
  }

  /** The slot holding text[start, end) (hashed as `hash` by textHash), or −1. */
  slotOf(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    const length = end - start;
    for (let s = hash & mask, probes = 0; probes < MAX_PROBES; s = (s + 1) & mask, probes++) {
      const at = s * SLOT;
      if (slots[at + ENTRY] === 0) return -1;
      if (
        slots[at + HASH] === hash &&
        slots[at + LENGTH] === length &&
        this.samePooled(slots[at + OFFSET]!, text, start, end)
      )
        return s;
    }
    return -1;
  }

  get(text: string, start: number, end: number, hash: number): V | undefined {
    const s = this.slotOf(text, start, end, hash);
    return s < 0 ? undefined : this.value(s);
  }

  value(slot: number): V {
    return this.values[this.slots[slot * SLOT + ENTRY]! - 1]!;
  }

  /** The tag given with the word to `add`. */
  tag(slot: number): number {
    return this.slots[slot * SLOT + TAG]!;
  }

  /** The id stamped on the word by pass `stamp` (stampId), or −1 if that pass has not stamped it. */
  idFor(slot: number, stamp: number): number {
    const at = slot * SLOT;
    return this.slots[at + STAMP] === stamp ? this.slots[at + ID]! : -1;
  }

  stampId(slot: number, stamp: number, id: number): void {
    this.slots[slot * SLOT + STAMP] = stamp;
    this.slots[slot * SLOT + ID] = id;
  }

  /**
   * Adds a word not in the table and gives its slot; past the limit the table starts over, so it
   * stays bounded. A word whose run of slots is already MAX_PROBES long is not added (−1: the
   * caller's slower path serves it).
   */
  add(word: string, hash: number, value: V, tag = 0): number {
    if (this.values.length >= this.limit || this.poolLength + word.length > POOL_LIMIT) this.clear();
    if (word.length > POOL_LIMIT) return -1;
    if ((this.values.length + 1) * 2 > this.slots.length / SLOT) this.grow();
    const slot = this.freeSlot(hash);
    if (slot < 0) return -1;
    const offset = this.poolLength;
    this.reserve(word.length);
    for (let i = 0; i < word.length; i++) this.pool[offset + i] = word.charCodeAt(i);
    this.poolLength += word.length;
    this.values.push(value);
    const at = slot * SLOT;
    this.slots[at + HASH] = hash;
    this.slots[at + ENTRY] = this.values.length;
    this.slots[at + OFFSET] = offset;
    this.slots[at + LENGTH] = word.length;
    this.slots[at + TAG] = tag;
    this.slots[at + STAMP] = -1;
    return slot;
  }

  /** Starts over; a pool grown past its first size is let go. */
  clear(): void {
    this.slots.fill(0);
    this.poolLength = 0;
    if (this.pool.length > POOL_START) this.pool = new Uint16Array(POOL_START);
    this.values = [];
  }

  private samePooled(offset: number, text: string, start: number, end: number): boolean {
    const pool = this.pool;
    for (let i = start; i < end; i++) if (pool[offset + i - start] !== text.charCodeAt(i)) return false;
    return true;
  }

  private reserve(units: number): void {
    if (this.poolLength + units <= this.pool.length) return;
    // (add keeps poolLength + units within POOL_LIMIT, so the pool never outgrows it.)
    const pool = new Uint16Array(
      Math.min(POOL_LIMIT, Math.max(this.pool.length * 2, this.poolLength + units)),
    );
    pool.set(this.pool.subarray(0, this.poolLength));
    this.pool = pool;
  }

  /** The first free slot of the hash's run, or −1 past MAX_PROBES. */
  private freeSlot(hash: number): number {
    const mask = this.slots.length / SLOT - 1;
    for (let s = hash & mask, probes = 0; probes < MAX_PROBES; s = (s + 1) & mask, probes++)
      if (this.slots[s * SLOT + ENTRY] === 0) return s;
    return -1;
  }

  /**
   * Twice the slots; the words stay where they are in the pool, their slots move with all fields. A
   * word whose run is now past MAX_PROBES is dropped from the slots (its value and characters stay
   * until the table starts over, counted in `size`): it costs its next lookup the slower path only.
   */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + ENTRY] === 0) continue;
      const slot = this.freeSlot(old[at + HASH]!);
      if (slot >= 0) this.slots.set(old.subarray(at, at + SLOT), slot * SLOT);
    }
  }
}
