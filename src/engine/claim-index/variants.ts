/**
 * The index's words: every key a claim variant uses gets an id, each variant its list of predicate
 * key ids (once each), each key the number of claims using it (df), and each claim without anchors
 * the capitalised words a sentence must agree on (its names). The hot path of a build: millions of
 * claim words go through `add` at a million claims.
 */
import { TITLE_CASE_SHARE } from '../match/constants';
import type { TermKey } from '../text/analyze';
import { LANGUAGES } from './layout';
import type { Language } from '../lang/language';
import { U32List } from './grow';

/** A key that is a word (not a number): a lowercase one is a word of what the claim says. */
const LETTER = /^\p{L}/u;

/**
 * Numbers builds, for the key ids cached on the analyser's memo entries (TermKey.build): a count
 * only, never reset, so an entry cached by an earlier build is never read as this one's.
 */
let builds = 0;

export class VariantTerms {
  readonly keys: string[] = [];
  readonly keyId = new Map<string, number>();
  /** Claims holding each key (length ≥ keys.length; see dfArray). */
  private df = new Uint32Array(1024);
  private lastSeen = new Int32Array(1024).fill(-1);
  private lastVariant = new Int32Array(1024).fill(-1);
  readonly termStart = new U32List();
  readonly terms = new U32List();
  readonly language = new U32List();
  readonly claim = new U32List();
  readonly nameStart = new U32List();
  readonly names = new U32List();
  readonly anchorMask = new U32List();
  private readonly build = ++builds;
  // The variant being read.
  private c = 0;
  private v = -1;
  private words = 0;
  private capitalised = 0;
  private lowercase = 0;
  private opening = -1;
  private readonly variantNames: number[] = [];

  constructor(private readonly namesFromFirstWord: boolean) {}

  idOf(key: string): number {
    let id = this.keyId.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keyId.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** Starts variant v (the next) of claim c. */
  begin(claim: number, language: Language, anchorMask: number): void {
    this.c = claim;
    this.termStart.push(this.terms.length);
    this.language.push(LANGUAGES.indexOf(language));
    this.claim.push(claim);
    this.nameStart.push(this.names.length);
    this.anchorMask.push(anchorMask);
    this.v = this.claim.length - 1;
    this.words = 0;
    this.capitalised = 0;
    this.lowercase = 0;
    this.opening = -1;
    this.variantNames.length = 0;
  }

  /** Adds a predicate word to the current variant: once per variant, counted once per claim. */
  readonly add = (key: string | TermKey, isName: boolean, position: number): void => {
    this.words++;
    if (isName) this.capitalised++;
    else if (LETTER.test(typeof key === 'string' ? key : key.key)) this.lowercase++;
    let id: number;
    if (typeof key === 'string') id = this.idOf(key);
    else if (key.build === this.build) id = key.id;
    else {
      id = key.id = this.idOf(key.key);
      key.build = this.build;
    }
    if (id >= this.df.length) this.grow();
    if (this.lastVariant[id] === this.v) return;
    this.lastVariant[id] = this.v;
    this.terms.push(id);
    const names = this.variantNames;
    if (isName && (position > 0 || this.namesFromFirstWord)) names.push(id);
    // A capitalised first word is a name when the next is one too ("Ukrainian President Volodymyr
    // Zelensky…"), not when it only opens the sentence ("Photos show…"); see TITLE_CASE_SHARE.
    if (position === 0) this.opening = isName ? id : -1;
    else if (position === 1 && isName && this.opening >= 0 && !names.includes(this.opening))
      names.push(this.opening);
    if (this.lastSeen[id] !== this.c) {
      this.lastSeen[id] = this.c;
      this.df[id]!++;
    }
  };

  /**
   * Ends the current variant. Anchored claims agree on their anchors; a title-cased variant names
   * nothing in particular (TITLE_CASE_SHARE: mostly capitalised, and no lowercase word).
   */
  end(anchored: boolean): void {
    const titleCased = this.capitalised > TITLE_CASE_SHARE * this.words && this.lowercase === 0;
    if (!anchored && !titleCased) for (const id of this.variantNames) this.names.push(id);
  }

  /** Closes the lists (each start array gets its end) and gives df sized to the keys. */
  finish(): { df: Uint32Array } {
    this.termStart.push(this.terms.length);
    this.nameStart.push(this.names.length);
    return { df: this.df.slice(0, this.keys.length) };
  }

  private grow(): void {
    const df = new Uint32Array(this.df.length * 2);
    df.set(this.df);
    this.df = df;
    const seen = new Int32Array(this.lastSeen.length * 2).fill(-1);
    seen.set(this.lastSeen);
    this.lastSeen = seen;
    const inVariant = new Int32Array(this.lastVariant.length * 2).fill(-1);
    inVariant.set(this.lastVariant);
    this.lastVariant = inVariant;
  }
}
