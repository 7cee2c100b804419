/**
 * The anchors of the index: each distinct set of aliases gets an id, and each alias a pattern of
 * word keys, listed under the keys its first word may take in an article (aliasWordKeys). Also the
 * questions the build asks of a variant's terms: where its own anchors occur, which it names.
 */
import { aliasWordKeys, analyze, CLAIM_WORDS, nextWord, type Term } from '../text/analyze';
import { addToList } from './grow';
import { fullMask, type AliasPattern } from './layout';

function anchorSignature(aliases: string[]): string {
  return [...new Set(aliases.map((a) => a.normalize('NFC').toLowerCase().trim()))].sort().join('\u0001');
}

export class AnchorTable {
  /** Alias patterns by the keys of their first word. */
  readonly aliasesByFirstKey = new Map<string, AliasPattern[]>();
  /** Display name of each anchor id. */
  readonly names: string[] = [];
  /** Claims naming each anchor. */
  readonly df: number[] = [];
  private readonly ids = new Map<string, number>();

  /** The anchor's id: the same for every claim that lists the same aliases (in any order or case). */
  idOf(name: string, aliases: string[]): number {
    const all = [name, ...aliases];
    const sig = anchorSignature(all);
    let id = this.ids.get(sig);
    if (id !== undefined) return id;
    id = this.names.length;
    this.ids.set(sig, id);
    this.names.push(name);
    this.df.push(0);
    const seen = new Set<string>();
    for (const alias of all) {
      const words = analyze(alias, 'und', CLAIM_WORDS).map((t) => aliasWordKeys(alias.slice(t.start, t.end)));
      if (words.length === 0) continue;
      const wordsSig = words.map((w) => w.join('|')).join(' ');
      if (seen.has(wordsSig)) continue;
      seen.add(wordsSig);
      const pattern: AliasPattern = { words, anchor: id };
      for (const key of words[0]!) addToList(this.aliasesByFirstKey, key, pattern);
    }
    return id;
  }
}

/**
 * Where alias pattern p, whose first word is known to match term i, ends: the index of the term
 * holding its last word, or −1 when p does not occur there. Words follow one another past the verb
 * an article's compound adds ("the Takeover Panel": takeover, take, panel; isCompoundHead).
 */
export function aliasEndAt(terms: readonly Term[], i: number, p: AliasPattern): number {
  let at = i;
  for (let k = 1; k < p.words.length; k++) {
    at = nextWord(terms, at);
    if (at >= terms.length || !p.words[k]!.includes(terms[at]!.key)) return -1;
  }
  return at;
}

/**
 * Marks the term positions covered by an occurrence of one of the claim's own anchors. Another
 * claim's anchor is an ordinary word here: "hospital" names what happened in one claim (an anchor)
 * and is part of what another claim says of Erdoğan ("had a heart attack and is in hospital").
 */
export function anchorCovered(
  terms: Term[],
  patterns: Map<string, AliasPattern[]>,
  anchors: readonly number[],
  named?: Set<number>,
): boolean[] | undefined {
  let covered: boolean[] | undefined;
  for (let i = 0; i < terms.length; i++) {
    const list = patterns.get(terms[i]!.key);
    if (!list) continue;
    for (const p of list) {
      if (!anchors.includes(p.anchor)) continue;
      const last = aliasEndAt(terms, i, p);
      if (last < 0) continue;
      named?.add(p.anchor);
      covered ??= new Array<boolean>(terms.length).fill(false);
      for (let k = i; k <= last; k++) covered[k] = true;
    }
  }
  return covered;
}

/** Bit i for each of the claim's (sorted) anchors the variant names; a claim has at most 32 used here. */
export function anchorMask(anchors: readonly number[], named: ReadonlySet<number>): number {
  let mask = 0;
  for (let i = 0; i < anchors.length && i < 32; i++) if (named.has(anchors[i]!)) mask |= 1 << i;
  // A variant naming none of them (its aliases missed an inflection) is read as naming them all.
  return mask === 0 ? fullMask(anchors.length) : mask >>> 0;
}
