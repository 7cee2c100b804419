/**
 * An open-addressing hash table from a word, read in place as text[start, end), to a value: the
 * index build looks up millions of claim words, and a Map would need each sliced into a fresh
 * string and hashed again (at 100k claims that lookup was a third of the build).
 */
/**
 * Slots a lookup may probe. Linear probing at half load averages under two; the cap keeps a page
 * written to collide the (public) hash function from making each lookup scan the table.
 */
const MAX_PROBES = 32;

export class WordTable<V> {
  private slots: Int32Array;
  private hashes: Int32Array;
  private words: string[] = [];
  private values: V[] = [];

  constructor(private readonly limit: number) {
    this.slots = new Int32Array(1 << 12);
    this.hashes = new Int32Array(1 << 12);
  }

  get size(): number {
    return this.words.length;
  }

  /** FNV-1a over the UTF-16 code units. */
  static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.slots.length - 1;
    for (let s = hash & mask, probes = 0; probes < MAX_PROBES; s = (s + 1) & mask, probes++) {
      const entry = this.slots[s]!;
      if (entry === 0) return undefined;
      if (this.hashes[s] === hash && this.sameWord(this.words[entry - 1]!, text, start, end))
        return this.values[entry - 1];
    }
    return undefined;
  }

  /**
   * Adds a word not in the table; past the limit the table starts over, so it stays bounded. A word
   * whose run of slots is already MAX_PROBES long is not added (the caller's slower path serves it).
   */
  add(word: string, hash: number, value: V): void {
    if (this.words.length >= this.limit) this.clear();
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    const slot = this.freeSlot(hash);
    if (slot < 0) return;
    this.words.push(word);
    this.values.push(value);
    this.slots[slot] = this.words.length;
    this.hashes[slot] = hash;
  }

  clear(): void {
    this.slots.fill(0);
    this.words = [];
    this.values = [];
  }

  private sameWord(word: string, text: string, start: number, end: number): boolean {
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
    return true;
  }

  /** The first free slot of the hash's run, or −1 past MAX_PROBES. */
  private freeSlot(hash: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask, probes = 0; probes < MAX_PROBES; s = (s + 1) & mask, probes++)
      if (this.slots[s] === 0) return s;
    return -1;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const { words, values } = this;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.words = [];
    this.values = [];
    words.forEach((w, i) => this.add(w, WordTable.hash(w, 0, w.length), values[i]!));
  }
}
