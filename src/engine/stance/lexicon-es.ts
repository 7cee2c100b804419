import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, reference } from './make';

export const ES: Lexicon = {
  lang: 'es',
  negBefore: String.raw`(?<![\p{L}])(?:no|ni|nunca|tampoco|sin|jamás)\s+(?:(?:lo|la|los|las|le|les|se|ha|han|había|habían|habría|puede|pudo|quiso|quisieron|haber|han querido|ha querido)\s+){0,2}`,
  entries: [
    denial(
      /(?<!(?<![\p{L}])(?:se|me|te|nos|os)\s)(?:neg(?:ó|aron|ado|ada|ar|ando)|nieg(?:a|an|ue|uen))(?!\s+(?:(?:la|el|le|les|su)\s+)?(?:entrada|visa|visado|acceso|permiso|asilo)(?![\p{L}]))/u,
      'El secretario de Gobernación ⟦negó⟧ que el presidente se hubiera desmayado.',
      'Su representante ⟦niega⟧ cualquier acuerdo con el club saudí.',
    ),
    denial(
      /desm(?:ient(?:e|en)|intió|intieron|entid[oa]s?|entir|intiendo)/u,
      'Rusia ha ⟦desmentido⟧ que su ministro fuera hospitalizado.',
      'El Kremlin ⟦desmintió⟧ la información horas después.',
    ),
    denial(/no (?:es|son|era|fue) ciert[oa]s?/u, '«Eso ⟦no es cierto⟧», dijo el vocero.'),
    denial(/falsos rumores/u, 'El vocero sostuvo que se trata de ⟦falsos rumores⟧.'),
    denial(
      /rechaz(?:ó|a|aron|an|ado)(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?:versi(?:ón|ones)|rumor(?:es)?|informaci(?:ón|ones)|señalamientos?|acusaci(?:ón|ones)|especulaci(?:ón|ones)|afirmaci(?:ón|ones))(?![\p{L}]))/u,
      'El gobierno ⟦rechazó⟧ los rumores sobre la salud del mandatario.',
    ),
    denial(
      /carece de (?:todo )?fundamento|sin fundamento/u,
      'La versión ⟦carece de fundamento⟧, afirmó el ministerio.',
    ),
    denial(
      /no hay (?:absolutamente )?nada/u,
      '«⟦No hay absolutamente nada⟧ con ningún club», publicó su padre.',
    ),

    debunk(/bulos?/u, 'Se trata de un ⟦bulo⟧ que circula por WhatsApp.'),
    debunk(
      /(?:es|son|era|resultó|resulta|fue|completamente|totalmente|absolutamente) fals[oa]s?/u,
      'La imagen ⟦es falsa⟧: fue editada.',
    ),
    debunk(
      /(?:noticias?|informaci(?:ón|ones)|vídeos?|videos?|entrevistas?|imágen(?:es)?|mensajes?) fals[oa]s?/u,
      'Circula una ⟦noticia falsa⟧ sobre el cierre de Gmail.',
    ),
    debunk(
      /(?<!(?:contra la|combatir la|lucha contra la)\s+)desinformaci(?:ón|ones)/u,
      'El mensaje es ⟦desinformación⟧ según los verificadores.',
    ),

    hedge(/según/u, '⟦Según⟧ medios yucatecos, el presidente sufrió un infarto.'),
    hedge(/supuest(?:[oa]s?|amente)/u, 'Negó el ⟦supuesto⟧ desmayo del presidente.'),
    hedge(/presunt(?:[oa]s?|amente)/u, 'El ⟦presunto⟧ acuerdo no ha sido confirmado.'),
    hedge(/rumor(?:es)?/u, 'Circularon ⟦rumores⟧ sobre su salud en redes sociales.'),
    hedge(
      /habría(?:n)?(?=\s+(?:\p{L}+(?:ado|ada|ido|ida|to|cho|sto)s?)(?![\p{L}]))/u,
      'El presidente ⟦habría⟧ tenido un infarto este domingo.',
    ),
    hedge(/de acuerdo con/u, '⟦De acuerdo con⟧ la prensa local, fue trasladado en avión.'),
    hedge(/al parecer/u, '⟦Al parecer⟧, el mandatario se desvaneció durante el desayuno.'),
    hedge(/se especula|especulaci(?:ón|ones)/u, 'Desde el domingo ⟦se especula⟧ sobre su estado de salud.'),

    reference(/(?:esta|esa|dicha|la|tal) informaci(?:ón)/u, 'El Kremlin desmintió ⟦esta información⟧.'),
    reference(/(?:estas|esas|dichas|tales) informaciones/u, 'El club no comentó ⟦esas informaciones⟧.'),
    reference(/(?:estos|esos|dichos|los|tales) rumores/u, 'El vocero salió a desmentir ⟦estos rumores⟧.'),
    reference(
      /(?:esas|estas|dichas|tales) versiones|(?:esa|esta|dicha) versión/u,
      'El secretario negó ⟦esas versiones⟧.',
    ),
    reference(/(?:esas|estas|dichas|tales) afirmaciones/u, 'El presidente respondió a ⟦estas afirmaciones⟧.'),

    confirm(
      /confirm(?:ó|a|an|aron|ado|ada)/u,
      'El gobierno indonesio ⟦confirmó⟧ que el ministro fue trasladado a un hospital.',
    ),
  ],
};
