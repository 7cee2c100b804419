import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, reference } from './make';

/** Bulgarian. The Russian entries already cover the shared stems (опроверг-, дезинформаци-). */
export const BG: Lexicon = {
  lang: 'bg',
  negBefore: String.raw`(?<![\p{L}])(?:не|нито)\s+`,
  entries: [
    denial(/опроверга(?:ха|ва|ват|ло)?/u, 'Кремъл ⟦опроверга⟧ слуховете за здравето на министъра.'),
    denial(
      /отр(?:ече|екоха|ича|ичат|екъл|екла)/u,
      'Центърът ⟦отрече⟧ слуховете, че президентът е получил инфаркт.',
    ),
    denial(/не отговаря(?:т)? на истината/u, 'Информацията ⟦не отговаря на истината⟧, заяви говорителят.'),
    debunk(/фалшив(?:а|и|о|ата|ите)?/u, 'Това е ⟦фалшива⟧ новина, разпространена в социалните мрежи.'),
    hedge(
      /според/u,
      '⟦Според⟧ вицепрезидента президентът е в много добро състояние.',
      '⟦Според⟧ руските медиуми, претседателот побегнал од градот.',
    ),
    hedge(/слухове(?:те)?/u, 'В мрежата се разпространиха ⟦слухове⟧ за инфаркт.'),
    hedge(/твърди се|твърдят/u, '⟦Твърди се⟧, че министърът е бил в болница.'),
    reference(
      /(?:тези|тия) (?:слухове|твърдения|информации|съобщения)/u,
      'Администрацията отрече ⟦тези слухове⟧.',
    ),
    confirm(/потвърд(?:и|иха|ил|ила|иха|ено)/u, 'Губернаторът ⟦потвърди⟧, че министърът е бил в болница.'),
  ],
};

/** Macedonian. */
export const MK: Lexicon = {
  lang: 'mk',
  negBefore: String.raw`(?<![\p{L}])(?:не|ниту)\s+`,
  entries: [
    denial(/демантира\p{L}*/u, 'Кабинетот ⟦демантираше⟧ дека претседателот го напуштил Киев.'),
    denial(/негира\p{L}*/u, 'Претседателот ⟦негира⟧ дека побегнал од главниот град.'),
    debunk(/лажн\p{L}* (?:вест|вести|информаци\p{L}*)/u, 'Ова е ⟦лажна вест⟧ на руските медиуми.'),
    hedge(/гласин\p{L}*/u, 'Руските медиуми пренесоа ⟦гласини⟧ дека побегнал.'),
    reference(
      /(?:овие|тие) (?:гласини|информации|тврдења|наводи)/u,
      'Зеленски ги демантираше ⟦овие гласини⟧.',
    ),
    confirm(/потврд(?:и|ија|ил|ила|ено)/u, 'Министерството ⟦потврди⟧ дека средбата се одржала.'),
  ],
};

/** Polish. */
export const PL: Lexicon = {
  lang: 'pl',
  negBefore: String.raw`(?<![\p{L}])(?:nie|ani|nikt nie)\s+`,
  entries: [
    denial(/zdementowa\p{L}*|dementuj\p{L}*/u, 'Rzecznik Kremla ⟦zdementował⟧ te doniesienia.'),
    denial(/zaprzecz\p{L}*/u, 'Ministerstwo ⟦zaprzeczyło⟧, jakoby minister trafił do szpitala.'),
    denial(/nieprawd\p{L}*/u, '„To ⟦nieprawda⟧” – powiedział rzecznik.'),
    debunk(/fałszyw\p{L}*/u, 'W sieci krążą ⟦fałszywe⟧ informacje o jego zdrowiu.'),
    debunk(/dezinformacj\p{L}*/u, 'To klasyczna ⟦dezinformacja⟧, twierdzą eksperci.'),
    hedge(/rzekom(?:o|y|a|ego|ej|ym)/u, 'Minister ⟦rzekomo⟧ trafił do szpitala.'),
    hedge(/podobno/u, 'Prezydent ⟦podobno⟧ opuścił stolicę.'),
    hedge(/według/u, '⟦Według⟧ agencji AP minister był leczony w szpitalu.'),
    hedge(/plotk(?:i|a|ami|om|ach)|pogłosk\p{L}*/u, 'W sieci pojawiły się ⟦plotki⟧ o jego chorobie.'),
    reference(
      /(?:te|tych|takie|tę|tej) (?:doniesienia|doniesień|informacje|informację|plotki|pogłoski)/u,
      'Kreml zdementował ⟦te doniesienia⟧.',
    ),
    confirm(/potwierdzi\p{L}*|potwierdza\p{L}*/u, 'Gubernator ⟦potwierdził⟧, że minister był w szpitalu.'),
  ],
};
