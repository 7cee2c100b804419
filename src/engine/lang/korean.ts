/**
 * Korean has no stemmer in @orama/stemmers, and its nouns carry their case particles glued on:
 * 김정은이 (Kim Jong-un + subject), 수술을 (surgery + object), 위원장의 (chairman + of). Stripping one
 * trailing particle lets "수술을" meet "수술", which is most of what matching Korean news needs.
 *
 * One particle at most, from a fixed list, longest first, and only when at least two syllables
 * remain: a two-syllable word ending in 이 or 의 (아이 child, 거의 almost) is more often a word
 * than a noun and a particle. Verb endings are left alone (their stems change too much for a
 * list to help, and a wrong cut would merge unrelated words). The index and the article both go
 * through this, so an over-cut noun ("고양이" → 고양) still meets itself.
 */

/** Particles and copula endings, longest first so 에서 is tried before 서 would be. */
const PARTICLES = [
  '으로부터',
  '이었다',
  '에서는',
  '에서도',
  '에게서',
  '으로는',
  '으로서',
  '으로써',
  '이라고',
  '이라며',
  '에서',
  '에게',
  '한테',
  '으로',
  '까지',
  '부터',
  '이다',
  '였다',
  '처럼',
  '보다',
  '마저',
  '조차',
  '이나',
  '라고',
  '라며',
  '께서',
  '에는',
  '와',
  '과',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '도',
  '만',
].sort((a, b) => b.length - a.length);

const HANGUL_SYLLABLE = /^[\uac00-\ud7a3]+$/;

/** The word without one trailing particle, when what remains is a noun of two syllables or more. */
export function stripKoreanParticle(word: string): string {
  if (word.length < 3 || !HANGUL_SYLLABLE.test(word)) return word;
  for (const p of PARTICLES)
    if (word.endsWith(p) && word.length - p.length >= 2) return word.slice(0, -p.length);
  return word;
}
