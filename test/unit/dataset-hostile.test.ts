/**
 * Hostile dataset files, each refused with its own error before it costs the reader memory or time,
 * or (HTML in text fields) accepted and kept as the text it is. Every fixture is made here.
 */
import { describe, expect, it, vi } from 'vitest';
import { DatasetError, describeDatasetError } from '../../src/dataset/errors';
import { LIMITS } from '../../src/dataset/limits';
import { parseDataset, parseJson, readLimited, readResponseLimited } from '../../src/dataset/parse';
import {
  encode,
  sampleClaim,
  sampleDataset,
  tinyDatasetStream,
  tinyDatasetText,
  type LooseJson,
} from '../support/dataset-samples';

function refusal(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return e as DatasetError;
  }
  throw new Error('expected a refusal');
}

async function asyncRefusal(p: Promise<unknown>): Promise<DatasetError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DatasetError);
  return e as DatasetError;
}

const valid = JSON.stringify(sampleDataset(), null, 2);

describe('broken JSON', () => {
  it('truncated anywhere: says the file ends early', () => {
    for (const cut of [1, 40, valid.length / 2, valid.indexOf('"Wire') + 3, valid.length - 1]) {
      const e = refusal(() => parseDataset(encode(valid.slice(0, cut))));
      expect(e.message, `cut at ${cut}`).toBe(
        '$: is not valid JSON: the file ends in the middle of a value (is it truncated?)',
      );
    }
  });

  it('a stray character: says where', () => {
    const e = refusal(() => parseDataset(encode('{\n  "format": "afterword-dataset",,\n}')));
    expect(e.path).toBe('$');
    expect(e.problem).toBe('is not valid JSON: Expected double-quoted property name (line 2, column 33)');
  });

  it('empty, or not UTF-8', () => {
    expect(refusal(() => parseDataset(encode('  \n'))).message).toBe('$: is empty');
    expect(refusal(() => parseDataset(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).message).toBe(
      '$: is not UTF-8 text',
    );
  });

  it('accepts a byte order mark, as editors on Windows write one', () => {
    expect(parseDataset(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(valid)])).id).toBe('sample');
  });

  it('wrong types: a string where an object belongs', () => {
    const e = refusal(() => parseDataset(encode({ ...sampleDataset(), publisher: 'Me' })));
    expect(e.message).toBe('$.publisher: must be an object');
  });
});

describe('size: refused before parsing', () => {
  it('a 200 MB buffer is refused from its length alone', () => {
    const big = new Uint8Array(200 * 1024 * 1024); // zero pages: the OS does not touch them
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const e = refusal(() => parseDataset(big));
    // Not one byte of it was decoded, let alone parsed.
    expect(decode).not.toHaveBeenCalled();
    decode.mockRestore();
    expect(e.message).toBe('$: is 200.0 MiB; the limit is 128.0 MiB');
  });

  it('a 200 MB stream is cut off at the limit, the rest never produced', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let produced = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (produced >= 200) return c.close();
        produced++;
        c.enqueue(chunk);
      },
    });
    const e = await asyncRefusal(readLimited(stream));
    expect(e.message).toBe('$: is larger than 128.0 MiB; the limit is 128.0 MiB');
    expect(produced).toBeLessThanOrEqual(130);
  });

  it('a download that declares 200 MB is refused without reading its body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: () => void pulled++ });
    const response = new Response(body, { headers: { 'content-length': String(200 * 1024 * 1024) } });
    const e = await asyncRefusal(readResponseLimited(response));
    expect(e.message).toBe('$: is 200.0 MiB; the limit is 128.0 MiB');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('a download within the limit is read whole', async () => {
    const bytes = await readResponseLimited(new Response(valid));
    expect(parseDataset(bytes).claims).toHaveLength(1);
  });
});

describe('a million claims', () => {
  it('as a file: refused by its size while streaming, after about 128 MiB of the 150 MB', async () => {
    const { stream, pulled } = tinyDatasetStream(1_000_000);
    const e = await asyncRefusal(readLimited(stream));
    expect(e.problem).toMatch(/^is larger than 128.0 MiB/);
    expect(pulled()).toBeLessThan(LIMITS.fileBytes + 200_000);
  });

  it('one claim over the limit in a small file: refused by the count, before any claim is checked', () => {
    const text = tinyDatasetText(LIMITS.claims + 1);
    expect(text.length).toBeLessThan(LIMITS.fileBytes);
    const e = refusal(() => parseDataset(encode(text)));
    expect(e.message).toBe(
      `$.claims: holds ${LIMITS.claims + 1} claims; a dataset may hold at most ${LIMITS.claims} (split it into several datasets)`,
    );
  });

  // How long reading a file at the limit takes is a benchmark's (npm run bench, dataset-read.ts).
  it(`exactly ${LIMITS.claims.toLocaleString('en')} claims: accepted`, () => {
    expect(parseDataset(encode(tinyDatasetText(LIMITS.claims))).claims).toHaveLength(LIMITS.claims);
  });
});

describe('deep nesting', () => {
  it('a million nested arrays are refused from one pass over the bytes, before JSON.parse', () => {
    const depth = 1_000_000;
    const bytes = encode(`{"claims":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const parse = vi.spyOn(JSON, 'parse');
    const e = refusal(() => parseDataset(bytes));
    // Refused by the depth scan: JSON.parse (which would recurse a million levels) never ran.
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(e.message).toBe(
      `$: nests deeper than ${LIMITS.depth} levels (at line 1, column ${LIMITS.depth + 10}); no dataset needs that`,
    );
  });

  it('brackets inside strings do not count', () => {
    const d = sampleDataset();
    d.claims[0]!.text = '[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{ "\\" [[[[[[[[[[[[[[[[[[[[[[[[';
    expect(parseDataset(encode(d)).claims[0]!.text).toBe(d.claims[0]!.text);
  });
});

describe('prototype keys', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`"${key}" anywhere is refused with its path, and nothing is polluted`, () => {
      const text = valid.replace('"outlet": "Wire"', `"outlet": "Wire", "${key}": {"polluted": true}`);
      const e = refusal(() => parseDataset(encode(text)));
      expect(e.path).toBe(`$.claims[0].events[1].source.${key}`);
      expect(e.problem).toMatch(/reserved by JavaScript/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('also when the key is written with escapes', () => {
    const text = valid.replace('"title"', '"\\u005f_proto__": {"polluted": true}, "title"');
    expect(refusal(() => parseDataset(encode(text))).path).toBe('$.__proto__');
  });

  it('parseJson refuses them at the top level too', () => {
    expect(refusal(() => parseJson(encode('{"constructor": {"prototype": {}}}'))).path).toBe('$.constructor');
  });
});

describe('HTML and scripts in text fields', () => {
  const html = '<script>alert(1)</script><img src=x onerror="alert(2)"><b>bold</b> &amp; &lt;';

  it('every text field keeps the markup as plain text, byte for byte', () => {
    const d = sampleDataset();
    const c = d.claims[0]!;
    d.title = html;
    d.publisher.name = html;
    d.license.id = html.slice(0, 60);
    c.text = html;
    c.paraphrases[0]!.text = html;
    c.anchors[0] = { name: html, aliases: [html] };
    c.tags = [html.slice(0, 60)];
    c.events[1] = {
      ...c.events[1]!,
      actor: { name: html, role: html, organisation: html },
      source: { outlet: html, via: html },
      quote: html,
      note: html,
    };
    c.events.push({
      date: '2024-03-06',
      type: 'rated',
      source: { outlet: 'x' },
      rating: { label: html, value: 'false' },
    });
    expect(parseDataset(encode(d))).toEqual(d);
  });

  it('URLs that would run script are refused', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      const d = sampleDataset();
      d.claims[0]!.events[0]!.source.url = url;
      const e = refusal(() => parseDataset(encode(d)));
      expect(e.path, url).toBe('$.claims[0].events[0].source.url');
    }
  });
});

describe('characters that change how text shows: refused, saying where', () => {
  const threeClaims = () =>
    sampleDataset([sampleClaim('kz-a'), sampleClaim('kz-b'), sampleClaim('kz-csto-suspension-2023')]);

  it('a right-to-left override in a claim’s text: the claim by place and id, the character by name and code', () => {
    const d = threeClaims();
    d.claims[2]!.text = 'Kazakhstan will \u202Eesuoh eht ni yats\u202C from 2023.';
    const e = refusal(() => parseDataset(encode(d)));
    expect(e.path).toBe('$.claims[2].text');
    expect(e.problem).toBe(
      'the 3rd claim, "kz-csto-suspension-2023", text contains a right-to-left override (U+202E) at character 17, ' +
        'which can make the text show in another order than it is stored: "Kazakhstan will <U+202E>esuoh eht ni yats<U+202C> f…"',
    );
    // The error itself carries no bidi control, so it cannot be reordered when shown.
    expect(e.message).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // In the options page's words, the place is said once.
    expect(describeDatasetError(e)).toBe(
      'the 3rd claim, "kz-csto-suspension-2023", text contains a right-to-left override (U+202E) at character 17, ' +
        'which can make the text show in another order than it is stored: "Kazakhstan will <U+202E>esuoh eht ni yats<U+202C> f…" (claims[2].text)',
    );
  });

  it('every override, embedding and isolate, in every kind of text field', () => {
    const fields: [string, (d: LooseJson, s: string) => void, string][] = [
      ['$.title', (d, s) => (d.title = s), "the dataset's title"],
      ['$.publisher.name', (d, s) => (d.publisher.name = s), "the dataset's publisher's name"],
      [
        '$.claims[0].paraphrases[0].text',
        (d, s) => (d.claims[0].paraphrases[0].text = s),
        "1st paraphrase's text",
      ],
      [
        '$.claims[0].anchors[0].aliases[0]',
        (d, s) => (d.claims[0].anchors[0].aliases[0] = s),
        "1st anchor's 1st alias",
      ],
      ['$.claims[0].tags[0]', (d, s) => (d.claims[0].tags[0] = s), '1st tag'],
      ['$.claims[0].events[1].quote', (d, s) => (d.claims[0].events[1].quote = s), "2nd event's quote"],
      [
        '$.claims[0].events[0].source.outlet',
        (d, s) => (d.claims[0].events[0].source.outlet = s),
        "1st event's source's outlet",
      ],
      [
        '$.claims[0].events[1].actor.name',
        (d, s) => (d.claims[0].events[1].actor.name = s),
        "2nd event's actor's name",
      ],
    ];
    const controls = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const [path, set, words] of fields)
      for (const c of controls) {
        const d: LooseJson = sampleDataset();
        set(d, `ab${String.fromCharCode(c)}cd`);
        const e = refusal(() => parseDataset(encode(d)));
        const code = `U+${c.toString(16).toUpperCase()}`;
        expect(e.path, `${path} ${code}`).toBe(path);
        expect(e.problem, `${path} ${code}`).toContain(`${words} contains `);
        expect(e.problem, `${path} ${code}`).toContain(`(${code}) at character 3`);
      }
  });

  it('C0 and C1 control characters are refused; tab and line break are text', () => {
    for (const [value, name] of [
      ['a\u0000b', 'a control character (U+0000)'],
      ['a\u001b[2Jb', 'an escape character (U+001B)'],
      ['a\rb', 'a carriage return (U+000D)'],
      ['a\u007fb', 'a control character (U+007F)'],
      ['a\u0085b', 'a C1 control character (U+0085)'],
      ['a\u009bb', 'a C1 control character (U+009B)'],
    ] as const) {
      const d = sampleDataset();
      d.claims[0]!.events[1]!.quote = value;
      const e = refusal(() => parseDataset(encode(d)));
      expect(e.problem).toMatch(
        new RegExp(
          `^the 1st claim, "claim-1", 2nd event's quote contains ${name.replace(/[()+]/g, '\\$&')} at character 2, which is not text: "a<U\\+`,
        ),
      );
    }
    const ok = sampleDataset();
    ok.claims[0]!.text = 'The minister\tresigned\non Monday.';
    ok.claims[0]!.events[1]!.quote = 'First line.\nSecond line.';
    ok.claims[0]!.events[1]!.note = 'In an interview:\n\tyes.';
    ok.claims[0]!.anchors[0]!.name = 'Minister\nof Finance';
    expect(parseDataset(encode(ok))).toEqual(ok);
  });

  it('marks are allowed: left-to-right and right-to-left marks, the Arabic letter mark, the zero-width non-joiner', () => {
    const d = sampleDataset();
    d.claims[0]!.paraphrases = [
      { text: 'قال الوزير\u200F إن 2023\u200E كانت صعبة\u061C.', language: 'ar' },
      { text: 'می\u200Cخواهد', language: 'fa' },
    ];
    expect(parseDataset(encode(d))).toEqual(d);
  });
});
