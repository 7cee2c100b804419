/**
 * Stop words for ranking. Longer than the percolator's list (lang/stopwords.ts): a query here is a
 * whole tweet or debate sentence, and its function words — negations included — say nothing about
 * which claim it is; the percolator keeps negations because stance reads them. The English list is
 * the common NLTK one plus tweet noise; Russian and Ukrainian fall back to the percolator's lists.
 */
import { isStopword } from '../lang/stopwords';
import type { Language } from '../lang/language';

const EN = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself
they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having
do does did doing a an the and but if or because as until while of at by for with about against between into through during before
after above below to from up down in out on off over under again further then once here there when where why how all any both each
few more most other some such no nor not only own same so than too very s t can will just don should now d ll m o re ve y ain aren
couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn would could also rt via amp`.split(
    /\s+/,
  ),
);

export function isRankStopword(folded: string, language: Language): boolean {
  return language === 'en' || language === 'und' ? EN.has(folded) : isStopword(folded, language);
}
