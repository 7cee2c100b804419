/**
 * Stance cues in an article's text: denials, debunking labels, hedges, references back to a claim
 * told elsewhere, confirmations. Every language's lexicon (./lexicon.ts) is applied at once —
 * articles quote other languages and language detection can fail.
 *
 * Speed: one big alternation per kind, tried at every word start, costs tens of milliseconds on a
 * long article. Instead each entry is posted in a trie under the first (up to K) folded characters
 * its matches can begin with (./prefixes.ts). One pass over the text walks the trie at each word
 * start — and at every character of the scripts written without spaces, for their unbound entries —
 * and runs only the sticky regexes of the entries found on the way.
 *
 * First use: a worker that starts for an article compiles the trie before it reads a word. The
 * entries' prefixes are therefore written ahead (./cue-prefixes.ts: parsing every pattern took some
 * 25–50 ms of a cold worker's first match), and an entry's regex is compiled the first time the
 * trie leads to it (compiling all of them up front took another 20–25 ms; an article reaches few).
 */
import { CUE_PREFIXES } from './cue-prefixes';
import { CUE_KINDS, LEXICON, compileEntry, foldText, isNegated } from './lexicon';
import type { CueEntry, CueKind } from './lexicon';
import { K, prefixesOf } from './prefixes';

export type { CueKind } from './lexicon';

/** A cue: `start` and `end` are UTF-16 offsets into the text given to `findCues`. */
export interface CueHit {
  kind: CueKind;
  start: number;
  end: number;
}

interface Compiled {
  entry: CueEntry;
  /** The kind's index in CUE_KINDS. */
  k: number;
  /** Sticky: set lastIndex to the place to try. Compiled when first tried (regexOf). */
  re: RegExp | undefined;
  caseSensitive: boolean;
}

/**
 * The prefix trie, flat: node ids are small integers (0 is the root), children are found in an
 * open-addressing hash table keyed by parent id and character code.
 */
class Trie {
  private keys = new Int32Array(1 << 12).fill(-1);
  private values = new Int32Array(1 << 12);
  private shift = 32 - 12;
  private size = 0;
  private nodes = 1;
  /** The entries posted at each node. */
  entries: (Compiled[] | undefined)[] = [];

  /** Fibonacci hashing: the high bits of the product, which depend on all the bits of the key. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      h &= mask;
      const k = this.keys[h]!;
      if (k === key || k === -1) return h;
      h++;
    }
  }

  /** The child of `node` under `code`, or -1. */
  child(node: number, code: number): number {
    const h = this.slot(node * 0x10000 + code);
    return this.keys[h] === -1 ? -1 : this.values[h]!;
  }

  addChild(node: number, code: number): number {
    const found = this.child(node, code);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const key = node * 0x10000 + code;
    const h = this.slot(key);
    this.keys[h] = key;
    this.values[h] = this.nodes;
    this.size++;
    return this.nodes++;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.shift--;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const h = this.slot(keys[i]!);
      this.keys[h] = keys[i]!;
      this.values[h] = values[i]!;
    }
  }
}

/** Punctuation blocks above ASCII: [first, last] code units that are never part of a word. */
const PUNCTUATION: [number, number][] = [
  [0x80, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x055d, 0x055e],
  [0x0589, 0x0589],
  [0x060c, 0x060c],
  [0x061b, 0x061b],
  [0x061f, 0x061f],
  [0x06d4, 0x06d4],
  [0x2000, 0x206f],
  [0x2e00, 0x2e7f],
  [0x3000, 0x303f],
  [0xfe30, 0xfe4f],
  [0xff01, 0xff20],
];

/** Hangul, kana and CJK: scripts written without spaces between words. */
const SPACELESS: [number, number][] = [
  [0x1100, 0x11ff],
  [0x3040, 0x30ff],
  [0x3130, 0x318f],
  [0x3400, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
];

/**
 * 1 for the code units of letters, marks and digits, roughly: ASCII exactly, and above it everything
 * but the common punctuation blocks (each regex checks the real bound at the start anyway);
 * 2 for the scripts without spaces.
 */
const WORD_TABLE: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) {
    t[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  }
  t.fill(1, 0x80);
  for (const [a, b] of PUNCTUATION) t.fill(0, a, b + 1);
  for (const [a, b] of SPACELESS) t.fill(2, a, b + 1);
  return t;
})();

interface Tries {
  /** Entries bound at a word start. */
  words: Trie;
  /** Unbound entries, tried at every character of the scripts without spaces. */
  spaceless: Trie;
}

function compile(): Tries {
  const tries: Tries = { words: new Trie(), spaceless: new Trie() };
  for (const entry of LEXICON) {
    const compiled: Compiled = {
      entry,
      k: CUE_KINDS.indexOf(entry.kind),
      re: undefined,
      caseSensitive: !!entry.caseSensitive,
    };
    const free = entry.bound === 'none';
    const trie = free ? tries.spaceless : tries.words;
    // A pattern changed since cue-prefixes.ts was written is parsed here: slower, the same prefixes.
    for (const prefix of CUE_PREFIXES[entry.pattern] ?? prefixesOf(entry.pattern)) {
      if (free && WORD_TABLE[prefix.charCodeAt(0)] !== 2) {
        throw new Error(
          `stance cues: an unbound entry must start in a script without spaces: ${entry.pattern}`,
        );
      }
      let node = 0;
      for (let i = 0; i < prefix.length; i++) node = trie.addChild(node, prefix.charCodeAt(i));
      const list = (trie.entries[node] ??= []);
      if (!list.includes(compiled)) list.push(compiled);
    }
  }
  return tries;
}

let tries: Tries | undefined;

const regexOf = (c: Compiled): RegExp => (c.re ??= compileEntry(c.entry));
const DOTLESS_I = 0x131;
const FINAL_SIGMA = 0x3c2;

/**
 * Runs the entries posted along the trie path of the text at `i`; records in `best` the end of the
 * longest match of each kind that is not negated there. Returns whether anything matched.
 */
function tryAt(
  trie: Trie,
  text: string,
  folded: string,
  i: number,
  to: number,
  lastEnd: Int32Array,
  best: Int32Array,
): boolean {
  let node = 0;
  let found = false;
  for (let d = 0; d < K && i + d < to; d++) {
    let code = folded.charCodeAt(i + d);
    if (code === DOTLESS_I) code = 0x69;
    else if (code === FINAL_SIGMA) code = 0x3c3;
    node = trie.child(node, code);
    if (node < 0) break;
    const list = trie.entries[node];
    if (list === undefined) continue;
    for (let j = 0; j < list.length; j++) {
      const c = list[j]!;
      if (lastEnd[c.k]! > i) continue;
      const re = regexOf(c);
      re.lastIndex = i;
      if (!re.test(c.caseSensitive ? text : folded)) continue;
      const end = re.lastIndex;
      if (end > i && end <= to && end > best[c.k]! && !isNegated(c.entry, folded, i, end)) {
        best[c.k] = end;
        found = true;
      }
    }
  }
  return found;
}

/**
 * Every cue that lies wholly in text[from, to), in order of start (then end). The text around the
 * range is still read for word bounds and negation ("did not deny" just before `from`). At one
 * place each kind reports its longest cue, and cues of one kind do not overlap.
 * A debunking label inside a reported denial ("called the reports fake news") is the denial's, not
 * the outlet's voice: it is left out.
 */
/**
 * The last two texts folded (an article's text, read in several ranges, and its headline), so
 * that reading an article folds each once.
 */
const foldCache: { text: string; folded: string }[] = [];
function foldedOnce(text: string): string {
  for (const entry of foldCache) if (entry.text === text) return entry.folded;
  const folded = foldText(text);
  foldCache.unshift({ text, folded });
  foldCache.length = Math.min(foldCache.length, 2);
  return folded;
}

export function findCues(text: string, from = 0, to = text.length): CueHit[] {
  const { words, spaceless } = (tries ??= compile());
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const hits: CueHit[] = [];
  const folded = foldedOnce(text);
  const kinds = CUE_KINDS.length;
  const lastEnd = new Int32Array(kinds);
  const best = new Int32Array(kinds);
  let prevWord = from > 0 && WORD_TABLE[text.charCodeAt(from - 1)]! > 0;
  for (let i = from; i < to; i++) {
    const w = WORD_TABLE[text.charCodeAt(i)]!;
    if (w === 0) {
      prevWord = false;
      continue;
    }
    const start = !prevWord;
    prevWord = true;
    if (!start && w === 1) continue;
    let found = start && tryAt(words, text, folded, i, to, lastEnd, best);
    if (w === 2) found = tryAt(spaceless, text, folded, i, to, lastEnd, best) || found;
    if (!found) continue;
    for (let k = 0; k < kinds; k++) {
      if (best[k]! > 0) {
        hits.push({ kind: CUE_KINDS[k]!, start: i, end: best[k]! });
        lastEnd[k] = best[k]!;
        best[k] = 0;
      }
    }
  }
  const denials = hits.filter((h) => h.kind === 'denial');
  const kept = hits.filter(
    (h) => h.kind !== 'debunk' || !denials.some((d) => d.start <= h.start && h.end <= d.end),
  );
  return kept.sort(
    (a, b) => a.start - b.start || a.end - b.end || CUE_KINDS.indexOf(a.kind) - CUE_KINDS.indexOf(b.kind),
  );
}
