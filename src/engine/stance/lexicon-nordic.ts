import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, reference } from './make';

export const NL: Lexicon = {
  lang: 'nl',
  negBefore: String.raw`(?<![\p{L}])(?:niet|nooit|geen|niet langer)\s+`,
  negAfter: String.raw`(?:\s+[\p{L}-]+){0,3}\s+niet(?![\p{L}])`,
  entries: [
    denial(/ontk(?:ent|ende|enden|ennen|end)/u, 'De familie ⟦ontkent⟧ dat het interview echt is.'),
    denial(/niet waar(?!\s*\?)/u, '"Dat is ⟦niet waar⟧", zei een woordvoerder.'),
    denial(/weerleg(?:d|t|de|den|gen)/u, 'Het ministerie ⟦weerlegde⟧ de berichten.'),
    denial(/excuses/u, 'De uitgeverij biedt de familie ⟦excuses⟧ aan voor het interview.'),

    debunk(/nepnieuws|nep-?(?:interview|bericht)(?:en|s)?/u, 'Het bericht over Gmail is ⟦nepnieuws⟧.'),
    debunk(/desinformatie/u, 'Volgens experts gaat het om ⟦desinformatie⟧.'),

    hedge(/volgens/u, '⟦Volgens⟧ Pohlmann biedt de uitgeverij excuses aan.'),
    hedge(/naar verluidt/u, 'Kim heeft ⟦naar verluidt⟧ een hartoperatie ondergaan.'),
    hedge(/geruchten|gerucht/u, 'Er gaan ⟦geruchten⟧ over zijn gezondheid.'),
    hedge(
      /zou(?:den)?(?=(?:\s+[\p{L}-]+){1,6}\s+(?:hebben|zijn)(?![\p{L}]))/u,
      'De leider ⟦zou⟧ een operatie hebben ondergaan.',
    ),
    hedge(/speculaties?/u, 'Er is veel ⟦speculatie⟧ over zijn toestand.'),

    reference(
      /(?:deze|die|de) (?:berichten|geruchten)|(?:dit|dat|het) bericht/u,
      'Seoul ontkent ⟦deze berichten⟧.',
    ),

    confirm(/bevestig(?:t|de|den|d)/u, 'De uitgever ⟦bevestigde⟧ het ontslag van de hoofdredacteur.'),
  ],
};

export const DA: Lexicon = {
  lang: 'da',
  negBefore: String.raw`(?<![\p{L}])(?:ikke|aldrig|hverken)\s+`,
  negAfter: String.raw`(?:\s+[\p{L}-]+){0,2}\s+ikke(?![\p{L}])`,
  entries: [
    denial(/afvis(?:er|te|t)/u, 'Google ⟦afviser⟧ rygterne om, at Gmail lukker.'),
    denial(/afkræft(?:er|ede|et)/u, 'Selskabet ⟦afkræftede⟧ historien samme dag.'),
    denial(/benægt(?:er|ede|et)/u, 'Ministeriet ⟦benægter⟧ oplysningerne.'),
    denial(/ikke sandt(?!\s*\?)/u, '"Det er ⟦ikke sandt⟧," siger talspersonen.'),
    denial(/uden hold i virkeligheden/u, 'Ifølge selskabet er meldingen ⟦uden hold i virkeligheden⟧.'),

    debunk(/falsk(?:e|t)?/u, 'Opslaget, som var ⟦falsk⟧, blev set af millioner.'),
    debunk(/desinformation/u, 'Der er tale om ⟦desinformation⟧, siger eksperter.'),

    hedge(/ifølge/u, '⟦Ifølge⟧ flere medier lukker tjenesten i august.'),
    hedge(/rygte(?:r|rne|t)?/u, 'Et ⟦rygte⟧ om lukningen spredte sig hurtigt.'),
    hedge(/angiveligt/u, 'Tjenesten lukker ⟦angiveligt⟧ den 1. august.'),
    hedge(/efter sigende/u, 'Præsidenten er ⟦efter sigende⟧ indlagt.'),
    hedge(/spekulationer/u, 'Der har været ⟦spekulationer⟧ om hans helbred.'),

    reference(
      /(?:disse|de) (?:rygter|oplysninger|påstande)|(?:denne|den) (?:påstand|oplysning)/u,
      'Google afviser ⟦disse rygter⟧.',
    ),

    confirm(/bekræft(?:er|ede|et)/u, 'Selskabet ⟦bekræfter⟧, at gamle konti bliver slettet.'),
  ],
};

export const NO: Lexicon = {
  lang: 'no',
  negBefore: String.raw`(?<![\p{L}])(?:ikke|aldri|verken)\s+`,
  negAfter: String.raw`(?:\s+[\p{L}-]+){0,2}\s+ikke(?![\p{L}])`,
  entries: [
    denial(/avvis(?:er|te|t)/u, 'Presidentens kontor ⟦avviser⟧ ryktene om et hjerteinfarkt.'),
    denial(/avkreft(?:er|et|ende|a)/u, 'Myndighetene ⟦avkrefter⟧ at presidenten er innlagt.'),
    denial(/nekt(?:er|et|a)(?!\s+å(?![\p{L}]))/u, 'Talspersonen ⟦nekter⟧ for at presidenten er syk.'),
    denial(/ikke sant(?!\s*\?)/u, '"Det er ⟦ikke sant⟧," sa visepresidenten.'),
    denial(/dementer(?:er|te|t|ar|ade)/u, 'Regjeringen ⟦dementerte⟧ opplysningene torsdag.'),

    debunk(/falske nyheter|feilinformasjon/u, 'Meldingen var ⟦falske nyheter⟧, opplyser selskapet.'),

    hedge(/angivelig/u, 'Presidenten skal ⟦angivelig⟧ ha fått et hjerteinfarkt.'),
    hedge(/rykte(?:r|ne|t)?/u, 'Et ⟦rykte⟧ om sykdom spredte seg raskt.'),
    hedge(/etter sigende/u, 'Han er ⟦etter sigende⟧ innlagt på sykehus.'),
    hedge(/spekulasjoner/u, 'Det har vært ⟦spekulasjoner⟧ om helsen hans.'),

    reference(/(?:disse|de) (?:ryktene|opplysningene|påstandene)/u, 'Kontoret avviser ⟦disse ryktene⟧.'),

    confirm(/bekreft(?:er|et|a)/u, 'Kontoret ⟦bekrefter⟧ at presidenten er syk.'),
  ],
};

export const SV: Lexicon = {
  lang: 'sv',
  negBefore: String.raw`(?<![\p{L}])(?:inte|aldrig|varken|ej)\s+`,
  negAfter: String.raw`(?:\s+[\p{L}-]+){0,2}\s+inte(?![\p{L}])`,
  entries: [
    denial(/förneka(?:r|de|t)/u, 'Regeringen ⟦förnekar⟧ uppgifterna om presidentens hälsa.'),
    denial(/tillbakavis(?:ar|ade|at)/u, 'Ministeriet ⟦tillbakavisade⟧ ryktena.'),
    denial(/inte sant(?!\s*\?)/u, '"Det är ⟦inte sant⟧", säger talespersonen.'),

    debunk(/falska nyheter|desinformation/u, 'Inlägget var ⟦falska nyheter⟧, enligt bolaget.'),

    hedge(/enligt/u, '⟦Enligt⟧ flera medier ska presidenten ha fått en hjärtattack.'),
    hedge(/rykte(?:n|t|na)?/u, 'Ett ⟦rykte⟧ om sjukdom spreds snabbt.'),
    hedge(/uppges|uppgifter(?:na)?/u, 'Presidenten ⟦uppges⟧ vara inlagd.'),

    reference(
      /(?:dessa|de) (?:rykten|uppgifter|påståenden)|ryktena|uppgifterna/u,
      'Regeringen förnekar ⟦dessa uppgifter⟧.',
    ),

    confirm(/bekräfta(?:r|de|t)/u, 'Bolaget ⟦bekräftar⟧ att gamla konton raderas.'),
  ],
};
