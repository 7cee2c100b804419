/**
 * An open-addressing hash table from a word, read in place as text[start, end), to a value: the
 * index build looks up millions of claim words, and a Map would need each sliced into a fresh
 * string and hashed again (at 100k claims that lookup was a third of the build).
 */
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
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s]!;
      if (entry === 0) return undefined;
      if (this.hashes[s] === hash && this.sameWord(this.words[entry - 1]!, text, start, end))
        return this.values[entry - 1];
    }
  }

  /** Adds a word not in the table; past the limit the table starts over, so it stays bounded. */
  add(word: string, hash: number, value: V): void {
    if (this.words.length >= this.limit) this.clear();
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    this.words.push(word);
    this.values.push(value);
    this.place(hash, this.words.length);
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

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = entry;
    this.hashes[s] = hash;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.words.forEach((w, i) => this.place(WordTable.hash(w, 0, w.length), i + 1));
  }
}
