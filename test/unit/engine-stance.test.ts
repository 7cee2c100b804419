import { describe, expect, it } from 'vitest';
import { cueOf, stanceOf } from '../../src/engine/match/stance';

describe('stance cues', () => {
  it.each([
    ['Kazakhstan will suspend its membership in Russia-led CSTO within months.', 'none'],
    ['Kazakhstan has reportedly announced it will suspend its membership.', 'hedge'],
    ['According to a Telegram channel, Kazakhstan will leave the CSTO.', 'hedge'],
    [
      'Kazakhstan officials have apparently denied reports suggesting that the country will suspend its membership.',
      'denial',
    ],
    [
      '"This information does not correspond to the reality," the spokesman told a press conference.',
      'denial',
    ],
    [
      'Kazakhstan and Armenia are not negotiating their possible simultaneous withdrawal from the CSTO.',
      'denial',
    ],
    ['All the talk that Kazakhstan is going to withdraw from the EAEU is absolutely untrue.', 'denial'],
    ['Fact check: no, Kazakhstan is not leaving the CSTO.', 'debunk'],
    ['В МИД Казахстана опровергли сообщения о выходе из ОДКБ.', 'denial'],
    ['Казахстан якобы выйдет из ОДКБ.', 'hedge'],
    ['У МЗС Казахстану спростували інформацію про вихід з ОДКБ.', 'denial'],
    ['Казахстан нібито вийде з ОДКБ.', 'hedge'],
  ])('%s → %s', (sentence, cue) => {
    expect(cueOf(sentence)).toBe(cue);
  });

  it('never shows a debunking or denial-reporting article as spreading the claim', () => {
    expect(stanceOf(['none', 'none', 'denial'], undefined)).toBe('reports-denial');
    expect(stanceOf(['none'], 'debunk')).toBe('debunks');
    expect(stanceOf(['hedge', 'none'], undefined)).toBe('asserts');
    expect(stanceOf(['hedge'], 'hedge')).toBe('hedged');
  });
});
