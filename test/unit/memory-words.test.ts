/**
 * The reading memory in words: the citation "Copy" puts on the clipboard, exactly; and the "Since
 * you read it" sentence, counted from the day the claim was read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MEMORY_CLAIM, memoryEntry } from '../support/memory-entry';
import { createFakeBrowser } from '../support/fake-browser';

beforeEach(() => {
  createFakeBrowser();
});

const claim = MEMORY_CLAIM;
const entry = memoryEntry;

describe('Copy: the citation', () => {
  it('says the claim, its status with who and when, the source, and the dataset by name, version and date', async () => {
    const { citationText } = await import('../../src/ui/citation');
    expect(citationText(claim, { title: 'Example Desk data', version: 2, asOf: '2024-04-02' })).toBe(
      [
        '“The minister resigned on Monday.”',
        'Denied by A. Spokesperson (spokesperson, The Ministry) on 5 March 2024.',
        'Source: https://news.example/a',
        'Dataset: “Example Desk data”, version 2, data as of 2 April 2024.',
      ].join('\n'),
    );
  });

  it('a claim still unconfirmed says so as of the data’s date; without an address the source is named', async () => {
    const { citationText } = await import('../../src/ui/citation');
    const open = { ...claim, events: [{ ...claim.events[0]!, source: { outlet: 'Example News' } }] };
    expect(citationText(open, { title: 'Desk', version: 1, asOf: '2024-04-01' })).toBe(
      [
        '“The minister resigned on Monday.”',
        'Still unconfirmed as of 1 April 2024.',
        'Source: Example News',
        'Dataset: “Desk”, version 1, data as of 1 April 2024.',
      ].join('\n'),
    );
  });
});

describe('Since you read it', () => {
  it('counts from the day it was read, names the outlet and who decided', async () => {
    const { sinceSentence } = await import('../../src/ui/since-read');
    expect(sinceSentence(entry())).toBe(
      'Denied 1 day after you read it on Euro Weekly News — by A. Spokesperson (spokesperson, The Ministry).',
    );
  });

  it('a decision older than the reading (the data had not caught up) gives its date', async () => {
    const { sinceSentence } = await import('../../src/ui/since-read');
    expect(sinceSentence(entry({ readAt: new Date(2024, 5, 1, 12).getTime() }))).toBe(
      'Denied on 5 March 2024, before you read it on Euro Weekly News — by A. Spokesperson (spokesperson, The Ministry).',
    );
  });

  it('a claim followed from the look-up has no outlet; a claim gone from the data says so', async () => {
    const { sinceSentence, thenSentence } = await import('../../src/ui/since-read');
    const followed = entry({ article: undefined, followed: true });
    expect(sinceSentence(followed)).toBe(
      'Denied 1 day after you read it — by A. Spokesperson (spokesperson, The Ministry).',
    );
    expect(thenSentence(followed)).toBe('Followed on 4 March 2024. Then: Unconfirmed.');
    expect(thenSentence(entry())).toBe('Read on 4 March 2024 on Euro Weekly News. Then: Unconfirmed.');
    const { current: _c, ...rest } = entry({ now: 'unavailable', changed: false });
    expect(sinceSentence(rest)).toBe('No dataset in use holds this claim any more.');
  });
});
