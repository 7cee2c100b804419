import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, reference } from './make';

/** What a report, rumour or claim is called in English: the object that makes "dismissed" a denial. */
const OBJECT = String.raw`(?:reports?|claims?|rumou?rs?|speculation|allegations?|suggestions?|stor(?:y|ies)|accounts?|talk|notion|idea|assertions?|speculations?)`;
/** Within three words: "dismissed the reports", "rejected claims", "dismissed them as". */
const OF_A_CLAIM = String.raw`(?=\s+(?:[\p{L}'’-]+\s+){0,3}?${OBJECT}(?![\p{L}])|\s+(?:it|them|this|that)\s+as\s|\s+as\s)`;

export const EN: Lexicon = {
  lang: 'en',
  negBefore: String.raw`(?:(?<![\p{L}])(?:not|never|neither|nor|cannot|without|no one|nobody|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|unable to|failed to|yet to)|n['’]t)\s+(?:(?:yet|immediately|publicly|explicitly|officially|formally|directly|independently|specifically|categorically|outright|flatly|even|ever|really|actually|fully|been|be|have|has|had|so far)\s+){0,2}`,
  entries: [
    // Someone in a position to know denies it.
    denial(
      /den(?:y|ies|ied|ying)(?!\s+(?:(?:him|her|them|us|me|you|the|a|an|any|his|their|its)\s+)?(?:entry|access|visas?|a visa|bail|parole|permission|admission|boarding|asylum|service|treatment|care|funding|the right|rights|licen[cs]es?|a licen[cs]e|approval|tenure|membership|a place|the chance|the opportunity|a fair)(?![\p{L}]))/u,
      'The Kremlin ⟦denied⟧ that Lavrov had been taken to hospital on arrival in Bali.',
      'A spokesman for the club ⟦denies⟧ any agreement has been reached with Al-Hilal.',
      'Officials in Seoul are ⟦denying⟧ reports that the leader is gravely ill.',
    ),
    denial(
      /(?<=(?:a|an|the|official|flat|firm|swift|categorical|strong|formal|public|his|her|their|its)\s+)denial/u,
      'The foreign ministry issued a ⟦denial⟧ within hours of the report.',
    ),
    denial(/refut(?:e|es|ed|ing)/u, 'The presidency ⟦refuted⟧ the claims in a short statement.'),
    denial(
      new RegExp(String.raw`dismiss(?:ed|es|ing)?${OF_A_CLAIM}`, 'u'),
      'His father ⟦dismissed⟧ the reports in a post on Instagram.',
      'The ministry ⟦dismissed⟧ them as pure speculation.',
    ),
    denial(
      new RegExp(String.raw`reject(?:ed|s|ing)?${OF_A_CLAIM}`, 'u'),
      'The government ⟦rejected⟧ claims that the president had collapsed.',
    ),
    denial(
      new RegExp(String.raw`disput(?:ed|es|ing)${OF_A_CLAIM}`, 'u'),
      'The palace ⟦disputed⟧ the account given by the newspaper.',
    ),
    denial(/rebuff(?:ed|s)?/u, 'The agency ⟦rebuffed⟧ the story on Tuesday.'),
    denial(
      new RegExp(String.raw`contradict(?:ed|s|ing)?${OF_A_CLAIM}`, 'u'),
      'He said in a video that he had not left the city, ⟦contradicting⟧ reports in Russian media.',
    ),
    denial(
      /brush(?:ed|es|ing)? (?:aside|off)/u,
      "Russia's foreign ministry ⟦brushed aside⟧ the claims that he had been hospitalised.",
    ),
    denial(/pour(?:ed|s|ing)? cold water on/u, 'Officials ⟦poured cold water on⟧ the rumours.'),
    denial(/shot down|shoots down|knocked down/u, 'The spokesman ⟦shot down⟧ the reports within an hour.'),
    denial(
      /(?:call(?:ed|s|ing)|labell?(?:ed|ing|s)|brand(?:ed|s|ing)|describ(?:ed|es|ing)) (?:it|them|this|that|(?:the|these|those|such) (?:[\p{L}-]+ ){0,2}?[\p{L}-]+)(?: as)? ["“'‘]?(?:an? )?(?:complete |pure |absolute |total |utter )?(?:fake(?: news)?|false|untrue|nonsense|baseless|lies?|fabrications?|fiction|rubbish|absurd|ridiculous|groundless|unfounded)/u,
      'Moscow ⟦called the reports "fake news⟧" and released a video of the minister.',
      'The spokesman ⟦labelled the story a fabrication⟧ on Monday.',
    ),
    denial(
      /retract(?:ed|s|ing|ion)/u,
      'The magazine ⟦retracted⟧ the interview and apologised to the family.',
    ),
    denial(
      /apologi[sz](?:ed|es|ing) (?:to (?:the )?[\p{L}-]+(?: [\p{L}-]+)? )?for (?:publishing|running|printing|the (?:article|interview|report|story))/u,
      'The publisher ⟦apologised to the family for publishing⟧ the piece.',
    ),
    denial(
      /apologi[sz](?:ed|es|ing) to (?:the )?(?:[\p{L}-]+ ){0,2}?(?:family|families|readers)(?![\p{L}])/u,
      'The publishers, who have also ⟦apologised to the family⟧, fired the editor.',
    ),
    denial(/untrue/u, 'All the talk about his health is ⟦untrue⟧, the aide said.'),
    denial(/not true/u, 'The claims are ⟦not true⟧, a spokesman told reporters.'),
    denial(/no truth/u, 'There is ⟦no truth⟧ to these rumours, the club said.'),
    denial(/baseless/u, 'The ministry said the reports were ⟦baseless⟧.'),
    denial(/groundless/u, 'A government source said the story was ⟦groundless⟧ and politically motivated.'),
    denial(/unfounded/u, 'The palace said the rumours were ⟦unfounded⟧.'),
    denial(
      /there (?:is|was|are|were) (?:absolutely )?no(?:thing)? (?:basis|substance|foundation|agreement|deal|plans?|decision|offer|contract|talks|negotiations?)/u,
      '"⟦There is no agreement⟧ with any club for next season," his father wrote.',
    ),
    denial(
      /do(?:es)? not correspond to (?:the )?realit(?:y|ies)/u,
      '"This information ⟦does not correspond to the reality⟧," the spokesman said.',
    ),
    denial(
      /no such (?:rumou?rs?|plans?|talks?|discussions?|negotiations?|decision|agreement|deal|thing)/u,
      'The ministry said there were ⟦no such plans⟧ at present.',
    ),
    denial(/nothing of the (?:sort|kind)/u, '"⟦Nothing of the sort⟧ happened," the governor said.'),
    denial(
      /(?:are|is|was|were|has|have) not (?:negotiat|plann|consider|discuss|going|preparing)[\p{L}]*/u,
      'Kazakhstan and Armenia ⟦are not negotiating⟧ a joint withdrawal from the bloc.',
    ),

    // The outlet, in its own voice, calls it false.
    debunk(/fact[- ]?check(?:ed|ers?|ing|s)?/u, '⟦Fact check⟧: Google is not shutting down Gmail.'),
    debunk(/debunk(?:ed|s|ing)?/u, 'We ⟦debunked⟧ a similar rumour last year.'),
    debunk(/hoax(?:es)?/u, 'The screenshot is a ⟦hoax⟧ that first appeared on X.'),
    debunk(/fabricat(?:ed|ion|ions)/u, 'The quotes in the post were ⟦fabricated⟧.'),
    debunk(/doctored/u, 'The image was ⟦doctored⟧ to add a hospital bed.'),
    debunk(
      /fake(?:[- ]news)?/u,
      'The ⟦fake⟧ interview was produced with a chatbot.',
      'The post spreading the ⟦fake news⟧ was seen seven million times.',
      'Nach dem ⟦Fake⟧-Interview feuert der Verlag die Chefredakteurin.',
    ),
    debunk(
      /false(?:ly)? (?:claims?|claimed|reports?|stor(?:y|ies)|rumou?rs?|information|news|narratives?)/u,
      'A ⟦false claim⟧ that Gmail will close spread on social media.',
    ),
    debunk(
      /no (?:credible |real |such )?evidence/u,
      'There is ⟦no evidence⟧ that the minister was ever admitted.',
    ),
    debunk(
      /(?:rated|is|was) (?:false|misleading|pants on fire)/u,
      'The claim ⟦is false⟧: the company has announced no such plan.',
    ),
    debunk(
      /misinformation/u,
      'The post is ⟦misinformation⟧ and has been flagged by the platform.',
      'Ifølge Google er der tale om ⟦misinformation⟧ helt uden hold i virkeligheden.',
    ),
    debunk(
      /(?<!(?:countering|combat(?:t?ing)?|against|counter)\s+)disinformation(?!\s+(?:cent(?:er|re)|unit|department|office))/u,
      'The video is part of a ⟦disinformation⟧ campaign, researchers found.',
    ),
    debunk(
      /(?:AI|artificial[- ]intelligence)[- ]generated|generated (?:by|with|using) (?:an? )?(?:AI|artificial intelligence|ChatGPT|chatbot)/u,
      'The magazine ran an ⟦AI-generated⟧ interview with the former champion.',
      'The answers were ⟦generated by artificial intelligence⟧, the magazine admitted in small print.',
    ),
    debunk(
      /manipulated (?:videos?|images?|photos?|footage|clips?|pictures?)/u,
      'The ⟦manipulated video⟧ was shared thousands of times.',
    ),
    debunk(/conspiracy theor(?:y|ies|ists?)/u, 'The ⟦conspiracy theory⟧ resurfaces every few months.'),

    // Passed on with attribution or doubt.
    hedge(/reportedly/u, 'The minister was ⟦reportedly⟧ taken to hospital with a heart condition.'),
    hedge(/allegedly/u, 'He ⟦allegedly⟧ fainted during breakfast at the air base.'),
    hedge(/alleged/u, 'Officials said nothing about the ⟦alleged⟧ heart attack.'),
    hedge(/allegations?/u, 'The ⟦allegations⟧ first appeared on a Telegram channel.'),
    hedge(/purportedly/u, 'The video ⟦purportedly⟧ shows the president leaving the capital.'),
    hedge(/supposedly/u, 'The leader ⟦supposedly⟧ underwent heart surgery.'),
    hedge(/apparently/u, 'Officials have ⟦apparently⟧ been told to stay silent.'),
    hedge(/rumou?r(?:s|ed)?/u, 'The ⟦rumours⟧ spread quickly after he missed the ceremony.'),
    hedge(/unconfirmed/u, 'According to ⟦unconfirmed⟧ reports, he is in a critical condition.'),
    hedge(/unverified/u, 'The footage is ⟦unverified⟧.'),
    hedge(/speculat(?:ion|ions|ed|ing|es|e)/u, 'There has been intense ⟦speculation⟧ about his health.'),
    hedge(/according to/u, '⟦According to⟧ Indonesian officials, he was treated for a heart condition.'),
    hedge(
      /(?:is|are|was|were) (?:said|believed|thought|understood|rumou?red) to/u,
      'The leader ⟦is said to⟧ be recovering at a villa on the coast.',
    ),
    hedge(
      /(?:report(?:ed|s)|wr(?:ote|ites)|told [\p{L}-]+(?: [\p{L}-]+)?) that/u,
      'Last week CNN ⟦reported that⟧ the leader was in grave danger after surgery.',
      'The outlet ⟦wrote that⟧ he had suffered a heart attack on air.',
    ),
    hedge(
      /citing (?:[\p{L}-]+ ){0,4}?(?:sources?|officials?|insiders?|people)(?![\p{L}])/u,
      'Last month Reuters reported, ⟦citing two sources⟧ with knowledge of the process, that the decision was near.',
    ),
    hedge(/(?:media|press|news) reports?/u, '⟦Media reports⟧ suggested he had collapsed.'),
    hedge(
      /reports? (?:say|said|suggest(?:ed|s)?|claim(?:ed|s)?|indicate[ds]?)/u,
      'Some ⟦reports said⟧ the president had been flown to the capital.',
    ),
    hedge(
      /reports? (?:have |had )?(?:appeared|emerged|circulated|surfaced|spread)/u,
      '⟦Reports appeared⟧ on social media that he had fled the city.',
    ),
    hedge(
      /sources? (?:say|said|claim(?:ed|s)?|told)/u,
      'Two ⟦sources told⟧ Reuters the decision was due in July.',
    ),
    hedge(
      /as (?:first )?reported by/u,
      'The ministry is preparing a statement, ⟦as reported by⟧ local media.',
    ),
    hedge(
      /claim(?:s|ed|ing)?(?!\s+(?:the\s+)?(?:lives?|victory|responsibility|title|credit|seats?|a seat|asylum|benefits?|compensation|crown|gold|silver|bronze|a record|the record|top spot|first place|pole|his|her|their|its)(?![\p{L}]))/u,
      'A Telegram channel ⟦claimed⟧ the minister had suffered a heart attack.',
    ),
    hedge(/quoted by/u, 'Sources ⟦quoted by⟧ the Saudi newspaper say the club is close to a deal.'),
    hedge(/telegram channels?/u, 'The story began on a ⟦Telegram channel⟧ close to the army.'),
    hedge(
      /(?:has|have|had) not (?:yet )?been (?:independently |officially )?(?:confirmed|verified)|(?:was|were|is|are) not (?:yet )?(?:independently |officially )?(?:confirmed|verified)/u,
      'The report ⟦has not been independently confirmed⟧.',
    ),
    hedge(
      /(?:could|can|would)(?: not|n['’]t) (?:independently |immediately )?(?:confirm|verify)|cannot (?:independently )?(?:confirm|verify)/u,
      'CNN said it ⟦could not independently verify⟧ the report.',
    ),

    // Refers back to a claim told elsewhere in the article.
    reference(/(?:this|that|the|such) information/u, 'The ministry called ⟦this information⟧ a provocation.'),
    reference(/(?:this|that|these|those|the|such) reports?/u, 'A spokesman said ⟦these reports⟧ were false.'),
    reference(/(?:this|that|these|those|the|such) claims?/u, 'The club has rejected ⟦the claims⟧ outright.'),
    reference(
      /(?:this|that|these|those|the|such) rumou?rs?/u,
      'His father addressed ⟦the rumours⟧ on Instagram.',
    ),
    reference(
      /(?:this|that|these|those|the|such) allegations?/u,
      'The company said ⟦these allegations⟧ had no basis.',
    ),
    reference(/(?:this|that|the|such) speculation/u, 'Seoul tried to calm ⟦the speculation⟧ on Monday.'),
    reference(
      /(?:this|that|these|those|such) stor(?:y|ies)/u,
      'The palace refused to comment on ⟦such stories⟧.',
    ),
    reference(/(?:this|that|such) news/u, 'Fans were shocked by ⟦this news⟧ last week.'),
    reference(
      /(?:this|that|these|those|such) (?:accounts?|versions?)/u,
      'A spokesman denied ⟦this account⟧ and said the president was well.',
    ),

    // Someone in a position to know confirms it.
    confirm(
      /confirm(?:s|ed|ing)(?!\s+(?:cases?|deaths?|infections?|bachelor)(?![\p{L}]))/u,
      'The governor ⟦confirmed⟧ that the minister had visited the hospital.',
    ),
    confirm(/acknowledg(?:ed|es|ing)/u, 'The agency ⟦acknowledged⟧ that the interview had been generated.'),
    confirm(
      /admit(?:s|ted)(?!\s+to\s+(?:a\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:hospital|clinic|intensive|icu|ward|care)(?![\p{L}]))/u,
      'The president later ⟦admitted⟧ that he had briefly lost consciousness.',
    ),
  ],
};
