/**
 * The index's words: every key a claim variant uses gets an id, each variant its list of predicate
 * key ids (once each), each key the number of claims using it (df), and each claim without anchors
 * the capitalised words a sentence must agree on (its names). The hot path of a build: millions of
 * claim words go through `add` at a million claims.
 */
import { TITLE_CASE_SHARE } from '../match/constants';
import { isLetterKey, type KeySink, newPass } from '../text/analyze';
import { LANGUAGES } from './layout';
import type { Language } from '../lang/language';
import { U32List } from './grow';

/** A variant without a preferred word (VariantTerms.preferred). */
export const NO_PREFERRED = 0xffffffff;

const OPENING = 0;
const DESCRIBING = 1;
const DESCRIBED = 2;
const DONE = 3;
type SubjectState = typeof OPENING | typeof DESCRIBING | typeof DESCRIBED | typeof DONE;
/** Lowercase words between a description's capitalised words and the name: "North Korean | leader | Kim Jong Un". */
const MAX_DESCRIBING = 2;

const KEY_FIELDS = 3;
const LAST_VARIANT = 0;
const LAST_CLAIM = 1;
const DF = 2;

function emptyPerKey(keys: number): Int32Array {
  const perKey = new Int32Array(keys * KEY_FIELDS).fill(-1);
  for (let at = DF; at < perKey.length; at += KEY_FIELDS) perKey[at] = 0;
  return perKey;
}

export class VariantTerms implements KeySink {
  readonly keys: string[] = [];
  readonly keyId = new Map<string, number>();
  /**
   * Per key id, side by side (a rare key's three fields in one cache line): the last variant and
   * the last claim that used it, and the claims holding it (df). Room for `perKey.length / KEY_FIELDS` keys.
   */
  private perKey = emptyPerKey(1024);
  readonly termStart = new U32List();
  readonly terms = new U32List();
  readonly language = new U32List();
  readonly claim = new U32List();
  readonly nameStart = new U32List();
  readonly names = new U32List();
  readonly anchorMask = new U32List();
  /**
   * Per variant, the head of its subject's name — the last word of the capitalised words it opens
   * with, or of the name one or two lowercase words after them describe ("North Korean leader Kim
   * Jong Un" → Un, "Ukrainian opposition politician Illia Kyva" → Kyva) — which a retelling keeps
   * when it drops given names and descriptions ("Lionel Messi" → Messi; "Russian Foreign Minister
   * Sergei Lavrov" → Lavrov); NO_PREFERRED when the opening name is one word or there is none.
   * derive.ts posts a claim without anchors under it among its equally rare words. Only the
   * subject: a later name is seldom what the claim is about ("Kazakhstan will suspend its
   * membership in the Collective Security Treaty Organization").
   */
  readonly preferred = new U32List();
  /** The build's pass over the claims' memo (KeySink): key ids stamped there by an earlier build are not this one's. */
  readonly pass = newPass();
  // The variant being read.
  private c = 0;
  private v = -1;
  private words = 0;
  private capitalised = 0;
  private lowercase = 0;
  private opening = -1;
  private readonly variantNames: number[] = [];
  // Reading the variant's subject (preferred): its opening capitalised words (OPENING), up to two
  // lowercase words describing a name (DESCRIBING), the name they describe (DESCRIBED), or done.
  private subject: SubjectState = DONE;
  private openingWords = 0;
  private described = 0;
  private describing = 0;
  private lastPosition = -1;
  private openingLast = NO_PREFERRED;
  private describedLast = NO_PREFERRED;

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
    this.subject = OPENING;
    this.openingWords = 0;
    this.described = 0;
    this.describing = 0;
    this.lastPosition = -1;
    this.openingLast = NO_PREFERRED;
    this.describedLast = NO_PREFERRED;
  }

  /** Adds a predicate word, given as its key, to the current variant (see add). */
  addKey(key: string, isName: boolean, position: number): void {
    this.add(this.idOf(key), isName, position, isLetterKey(key));
  }

  /**
   * Adds a predicate word, given as its key's id, to the current variant: once per variant, counted
   * once per claim. `letter`: the key begins with a letter (a number is not a word of what the claim says).
   */
  add(id: number, isName: boolean, position: number, letter: boolean): void {
    this.words++;
    if (isName) this.capitalised++;
    else if (letter) this.lowercase++;
    if (id * KEY_FIELDS >= this.perKey.length) this.grow();
    const perKey = this.perKey;
    const at = id * KEY_FIELDS;
    if (this.subject !== DONE) this.readSubject(id, isName, position);
    if (perKey[at + LAST_VARIANT] === this.v) return;
    perKey[at + LAST_VARIANT] = this.v;
    this.terms.push(id);
    const names = this.variantNames;
    if (isName && (position > 0 || this.namesFromFirstWord)) names.push(id);
    // A capitalised first word is a name when the next is one too ("Ukrainian President Volodymyr
    // Zelensky…"), not when it only opens the sentence ("Photos show…"); see TITLE_CASE_SHARE.
    if (position === 0) this.opening = isName ? id : -1;
    else if (position === 1 && isName && this.opening >= 0 && !names.includes(this.opening))
      names.push(this.opening);
    if (perKey[at + LAST_CLAIM] !== this.c) {
      perKey[at + LAST_CLAIM] = this.c;
      perKey[at + DF]!++;
    }
  }

  /**
   * Ends the current variant. Anchored claims agree on their anchors; a title-cased variant names
   * nothing in particular (TITLE_CASE_SHARE: mostly capitalised, and no lowercase word).
   */
  end(anchored: boolean): void {
    const titleCased = this.capitalised > TITLE_CASE_SHARE * this.words && this.lowercase === 0;
    if (!anchored && !titleCased) for (const id of this.variantNames) this.names.push(id);
    const subject =
      this.described > 0 ? this.describedLast : this.openingWords >= 2 ? this.openingLast : NO_PREFERRED;
    this.preferred.push(titleCased ? NO_PREFERRED : subject);
  }

  /** Closes the lists (each start array gets its end) and gives df sized to the keys. */
  finish(): { df: Uint32Array } {
    this.termStart.push(this.terms.length);
    this.nameStart.push(this.names.length);
    const df = new Uint32Array(this.keys.length);
    for (let id = 0; id < df.length; id++) df[id] = this.perKey[id * KEY_FIELDS + DF]!;
    return { df };
  }

  /** One more word of the subject the variant opens with (see `preferred`); words in a row only. */
  private readSubject(id: number, isName: boolean, position: number): void {
    const next = this.lastPosition < 0 || position === this.lastPosition + 1;
    this.lastPosition = position;
    if (!next || (this.subject === OPENING && !isName)) {
      if (this.subject === OPENING && !isName && next && this.openingWords > 0) {
        this.subject = DESCRIBING;
        this.describing = 1;
      } else this.subject = DONE;
      return;
    }
    if (this.subject === OPENING) {
      this.openingWords++;
      this.openingLast = id;
    } else if (this.subject === DESCRIBING) {
      if (isName) {
        this.subject = DESCRIBED;
        this.described = 1;
        this.describedLast = id;
      } else if (++this.describing > MAX_DESCRIBING) this.subject = DONE;
    } else if (isName) {
      this.described++;
      this.describedLast = id;
    } else this.subject = DONE;
  }

  private grow(): void {
    const perKey = emptyPerKey((this.perKey.length / KEY_FIELDS) * 2);
    perKey.set(this.perKey);
    this.perKey = perKey;
  }
}
