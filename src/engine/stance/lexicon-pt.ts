import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, opt, reference } from './make';

export const PT: Lexicon = {
  lang: 'pt',
  negBefore: String.raw`(?<![\p{L}])(?:não|nem|nunca|sem|jamais)\s+(?:(?:o|a|os|as|se|tem|terá|ter|quis|quer|chegou a|chegaram a)\s+){0,2}`,
  entries: [
    denial(
      /neg(?:a|ou|am|aram|ando|ar)(?!-se)(?!\s+(?:(?:a|o|lhe)\s+)?(?:entrada|visto|acesso|asilo)(?![\p{L}]))/u,
      'O empresário de Messi ⟦nega⟧ que haja acordo com o Al Hilal.',
      'O ministério ⟦negou⟧ a notícia nesta segunda-feira.',
    ),
    denial(
      /desment(?:e|em|iu|iram|ido|ida|ir)/u,
      'O ministro ⟦desmentiu⟧ estar hospitalizado.',
      'O Kremlin ⟦desmente⟧ a informação.',
    ),
    denial(/não (?:é|era|são) verdade/u, '«Isso ⟦não é verdade⟧», disse o porta-voz.'),
    denial(/não corresponde(?:m)? à verdade/u, 'A notícia ⟦não corresponde à verdade⟧, segundo o clube.'),
    denial(/sem (?:qualquer )?fundamento/u, 'As notícias são ⟦sem fundamento⟧, afirmou o agente.'),
    denial(
      /rejeit(?:ou|a|am|aram)(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?:rumores|boatos?|notícias?|informaç(?:ão|ões)|especulaç(?:ão|ões)|alegaç(?:ão|ões))(?![\p{L}]))/u,
      'O governo ⟦rejeitou⟧ os boatos sobre a saúde do presidente.',
    ),

    debunk(/notícias? falsas?/u, 'Uma ⟦notícia falsa⟧ sobre o fim do Gmail circulou nas redes.'),
    debunk(
      /(?:entrevista|informaç(?:ão|ões)|vídeo|imagem|mensagem)s? fals[ao]s?/u,
      'A revista publicou uma ⟦entrevista falsa⟧ com o piloto.',
    ),
    debunk(/boatos?/u, 'O anúncio não passa de um ⟦boato⟧.'),
    debunk(
      /(?:é|são|era|totalmente|completamente) fals[oa]s?/u,
      'A publicação ⟦é falsa⟧, esclareceu a empresa.',
    ),
    debunk(
      /(?<!(?:contra a|combate à)\s+)desinformação/u,
      'Trata-se de ⟦desinformação⟧, dizem os verificadores.',
    ),

    opt(
      hedge(
        // Not the ordinal ("o segundo turno", "em segundo lugar"): before a source or a name.
        /(?<!(?:[oO]s?|[uU]m|[dD]o|[nN]o|[aA]o|[pP]elo|[sS]eu|[eE]m|[eE]l|[dD]el|[aA]l|[uU]n|[sS]u|[eE]n|[pP]or|[dD]e)\s+)[sS]egundo(?=\s+(?:a|o|as|os|fontes|informaç\p{L}+|dados|ele|ela|eles|relatos|notícias|especialistas|meios|media|jornais|agências|\p{Lu}))/u,
        'O ministro está no hotel, ⟦segundo⟧ a agência estatal russa.',
        'A decisão será tomada no fim da época, ⟦segundo⟧ Jorge Messi.',
      ),
      { caseSensitive: true },
    ),
    hedge(/de acordo com/u, '⟦De acordo com⟧ a imprensa, o acordo estava fechado.'),
    hedge(/alegad(?:amente|[oa]s?)/u, 'O jogador teria ⟦alegadamente⟧ aceitado a proposta.'),
    hedge(/supost(?:[oa]s?|amente)/u, 'O clube comentou o ⟦suposto⟧ acordo.'),
    hedge(/rumores/u, 'Os ⟦rumores⟧ sobre a transferência multiplicaram-se.'),
    hedge(
      /(?:teri(?:a|am)|terá|terão)(?=\s+(?:\p{L}+(?:ado|ada|ido|ida|to|sto)s?)(?![\p{L}]))/u,
      'O ministro ⟦teria⟧ sido levado ao hospital.',
    ),
    hedge(/especulaç(?:ão|ões)/u, 'As ⟦especulações⟧ cresceram nas redes sociais.'),

    reference(
      /(?:essa|esta|tal) informação|(?:essas|estas|tais) informações/u,
      'O Kremlin desmentiu ⟦essa informação⟧.',
    ),
    reference(/(?:esses|estes|tais|os) rumores/u, 'O pai do jogador negou ⟦esses rumores⟧.'),
    reference(
      /(?:essas|estas|tais) notícias|(?:essa|esta|a) notícia/u,
      'O clube não comentou ⟦essas notícias⟧.',
    ),

    confirm(
      /confirm(?:ou|a|am|aram|ado|ada)/u,
      'O governador ⟦confirmou⟧ que o ministro esteve no hospital.',
    ),
  ],
};
