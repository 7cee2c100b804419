import type { Lexicon } from './lexicon';
import { confirm, debunk, denial, hedge, opt, reference } from './make';

/**
 * Korean: particles and endings are written onto the word, so entries are bound at the start only
 * (compounds such as 건강이상설 are not bound at all). Negation follows the verb: 부인하지 않았다.
 */
export const KO: Lexicon = {
  lang: 'ko',
  negAfter: String.raw`\s*(?:하지|지)\s*않`,
  entries: [
    opt(denial(/부인(?:했|하[고며면였는다]|한|해)/u, '청와대는 외신이 전한 위중설을 사실상 ⟦부인했⟧다.'), {
      bound: 'start',
    }),
    opt(denial(/부정(?:했|하[고며였는다]|한)/u, '정부 당국자는 수술설을 ⟦부정했⟧다.'), { bound: 'start' }),
    opt(denial(/사실(?:이 아니|과 다르)/u, '통일부는 해당 보도가 ⟦사실이 아니⟧라고 밝혔다.'), {
      bound: 'start',
    }),
    opt(denial(/사실무근/u, '청와대는 건강 이상설이 ⟦사실무근⟧이라고 말했다.'), { bound: 'start' }),
    opt(
      denial(
        /특이\s*동향(?:이|은)?\s*(?:식별되지\s*않|없)/u,
        '청와대는 "북한 내부에 ⟦특이 동향이 식별되지 않⟧고 있다"고 밝혔다.',
      ),
      { bound: 'start', negatable: false },
    ),
    opt(denial(/일축(?:했|하)/u, '정부는 위중설을 ⟦일축했⟧다.'), { bound: 'start' }),
    opt(denial(/반박(?:했|하)/u, '대변인은 외신 보도를 ⟦반박했⟧다.'), { bound: 'start' }),
    opt(debunk(/가짜\s*뉴스/u, '이는 ⟦가짜 뉴스⟧로 드러났다.'), { bound: 'start' }),
    opt(debunk(/허위(?:\s*사실|\s*정보|\s*보도|로)/u, '온라인에 ⟦허위 정보⟧가 퍼졌다.'), { bound: 'start' }),
    opt(debunk(/오보/u, 'CNN 보도는 ⟦오보⟧로 확인됐다.'), { bound: 'start' }),
    opt(debunk(/팩트\s*체크/u, '⟦팩트체크⟧ 결과 해당 주장은 근거가 없었다.'), { bound: 'start' }),
    opt(hedge(/보도(?!자료)/u, '이날 데일리NK가 시술 소식을 ⟦보도⟧했다.'), { bound: 'start' }),
    opt(hedge(/전했다/u, '미 CNN방송은 미 관리를 인용해 이같이 ⟦전했다⟧.'), { bound: 'start' }),
    opt(hedge(/알려졌다|알려진/u, '김 위원장은 지난 12일 시술을 받은 것으로 ⟦알려졌다⟧.'), {
      bound: 'start',
    }),
    opt(
      hedge(
        /(?:이상|위중|사망|중태|잠적|도피|망명|결별|경질|사임|퇴진|이적|합의|와병|뇌사|수술)설/u,
        "김 위원장의 '건강 ⟦이상설⟧'에 대해 청와대가 입장을 냈다.",
      ),
      { bound: 'none' },
    ),
    opt(hedge(/관측(?:이|도|은)?\s*(?:나오|나왔|제기|된다|됐다)/u, '수술을 받았다는 ⟦관측이 나왔⟧다.'), {
      bound: 'start',
    }),
    opt(hedge(/에\s*따르면/u, '외신 보도⟦에 따르면⟧ 김 위원장은 수술을 받았다.'), { bound: 'none' }),
    opt(
      hedge(/확인되지\s*않|확인해\s*(?:줄|드릴)\s*수\s*없/u, '해당 보도 내용이 ⟦확인되지 않⟧는다는 태도다.'),
      { bound: 'start' },
    ),
    opt(
      reference(
        /(?:이러한|이런|이\s*같은|해당|관련|그러한)\s*(?:보도|소문|주장)/u,
        '통일부 역시 ⟦해당 보도⟧ 내용이 확인되지 않는다는 태도다.',
      ),
      { bound: 'start' },
    ),
    opt(confirm(/확인했|사실로\s*확인/u, '정부는 그의 입원 사실을 ⟦확인했⟧다.'), { bound: 'start' }),
  ],
};

/** Chinese, simplified and traditional: no spaces, so no bounds; negation stands right before. */
export const ZH: Lexicon = {
  lang: 'zh',
  negBefore: String.raw`(?:未|没有|沒有|没|沒|不|并未|並未|未[经經]|无法|無法)`,
  entries: [
    opt(denial(/否[认認]/u, '俄罗斯外交部⟦否认⟧拉夫罗夫住院。'), { bound: 'none' }),
    opt(denial(/辟[谣謠]/u, '官方随即⟦辟谣⟧称总统身体健康。'), { bound: 'none' }),
    opt(denial(/驳斥|駁斥/u, '发言人⟦驳斥⟧了有关报道。'), { bound: 'none' }),
    opt(denial(/(?:并非|並非|不是|不符合)事[实實]|不[实實]/u, '外交部称相关报道⟦并非事实⟧。'), {
      bound: 'none',
      negatable: false,
    }),
    opt(debunk(/假新[闻聞]/u, '这是一条⟦假新闻⟧。'), { bound: 'none' }),
    opt(debunk(/[纯純][属屬][谣謠]言/u, '所谓住院消息⟦纯属谣言⟧。'), { bound: 'none' }),
    opt(debunk(/虚假|虛假|事[实實]核查|事實查核/u, '网上流传的⟦虚假⟧信息引发关注。'), { bound: 'none' }),
    opt(hedge(/据[报報]道|據[报報]導|據報道/u, '⟦据报道⟧，拉夫罗夫抵达巴厘岛后被送往医院。'), {
      bound: 'none',
    }),
    opt(hedge(/据悉|據悉|据称|據稱/u, '⟦据悉⟧，他因心脏问题接受治疗。'), { bound: 'none' }),
    opt(hedge(/传闻|傳聞|[谣謠]言/u, '有关他健康状况的⟦传闻⟧不断。'), { bound: 'none' }),
    opt(hedge(/未[经經](?:证实|證實)/u, '这一消息⟦未经证实⟧。'), { bound: 'none' }),
    opt(hedge(/消息人士/u, '⟦消息人士⟧称，他已被送往医院。'), { bound: 'none' }),
    opt(
      reference(
        /(?:这一?|這一?|该|該|上述|有关|有關|相关|相關)(?:报道|報導|报导|消息|传闻|傳聞|说法|說法)/u,
        '外交部否认了⟦上述报道⟧。',
      ),
      { bound: 'none' },
    ),
    opt(confirm(/[证證]实/u, '印尼官员⟦证实⟧他曾前往医院。'), { bound: 'none' }),
  ],
};

/** Japanese. Negation follows: 否定しなかった, 否定せず. */
export const JA: Lexicon = {
  lang: 'ja',
  negAfter: String.raw`(?:しな|せず|はしな|でき)`,
  entries: [
    opt(denial(/否定/u, 'ロシア外務省は入院の報道を⟦否定⟧した。'), { bound: 'none' }),
    opt(denial(/事実(?:では|じゃ)な[いく]|事実無根/u, '報道官は「⟦事実ではない⟧」と述べた。'), {
      bound: 'none',
    }),
    opt(debunk(/デマ(?!ン)/u, 'この投稿は⟦デマ⟧だと判明した。'), { bound: 'none' }),
    opt(debunk(/フェイクニュース|偽(?:の)?(?:情報|ニュース)/u, '⟦フェイクニュース⟧が拡散した。'), {
      bound: 'none',
    }),
    opt(hedge(/によると|によれば/u, 'AP通信⟦によると⟧、外相は病院に運ばれた。'), { bound: 'none' }),
    opt(hedge(/とされる|とされている/u, '外相は心臓の治療を受けた⟦とされる⟧。'), { bound: 'none' }),
    opt(hedge(/噂|うわさ|未確認/u, '健康不安の⟦噂⟧が広がった。'), { bound: 'none' }),
    opt(hedge(/確認されていない/u, 'この情報は⟦確認されていない⟧。'), { bound: 'none' }),
    opt(reference(/(?:この|こうした|これらの|同)報道/u, '外務省は⟦この報道⟧を否定した。'), { bound: 'none' }),
    opt(confirm(/確認した|確認された|認めた/u, '州知事は外相が病院を訪れたことを⟦確認した⟧。'), {
      bound: 'none',
    }),
  ],
};

/** Indonesian. */
export const ID: Lexicon = {
  lang: 'id',
  negBefore: String.raw`(?<![\p{L}])(?:tidak|tak|belum|bukan)\s+`,
  entries: [
    denial(/(?:mem|di)bantah|bantahan/u, 'Kementerian Luar Negeri Rusia ⟦membantah⟧ kabar tersebut.'),
    denial(/tidak benar/u, 'Juru bicara menyebut kabar itu ⟦tidak benar⟧.'),
    denial(/menepis|ditepis/u, 'Pemerintah ⟦menepis⟧ rumor soal kesehatan menteri.'),
    debunk(/hoaks/u, 'Kabar itu dipastikan ⟦hoaks⟧.'),
    debunk(/(?:kabar|berita) bohong|disinformasi/u, 'Unggahan itu merupakan ⟦berita bohong⟧.'),
    hedge(/kabarnya|dikabarkan/u, '⟦Kabarnya⟧ Lavrov pulang lebih cepat.'),
    hedge(/menurut/u, '⟦Menurut⟧ pejabat setempat, ia dirawat di rumah sakit.'),
    hedge(/disebut-sebut|diduga/u, 'Menteri itu ⟦diduga⟧ dirawat karena masalah jantung.'),
    reference(
      /(?:kabar|berita|informasi|isu|rumor) (?:tersebut|itu)/u,
      'Kedutaan membantah ⟦kabar tersebut⟧.',
    ),
    confirm(
      /membenarkan|dibenarkan|meng(?:k|)onfirmasi|dikonfirmasi/u,
      'Gubernur ⟦membenarkan⟧ bahwa ia sempat ke rumah sakit.',
    ),
  ],
};
