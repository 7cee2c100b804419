/**
 * Hostile dataset files, each refused with its own error before it costs the reader memory or time,
 * or (HTML in text fields) accepted and kept as the text it is. Every fixture is made here.
 */
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/dataset/errors';
import { LIMITS } from '../../src/dataset/limits';
import { parseDataset, parseJson, readLimited, readResponseLimited } from '../../src/dataset/parse';
import { encode, sampleDataset, tinyDatasetStream, tinyDatasetText } from '../support/dataset-samples';

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
    const started = performance.now();
    const e = refusal(() => parseDataset(big));
    expect(performance.now() - started).toBeLessThan(50);
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

  it(`exactly ${LIMITS.claims.toLocaleString('en')} claims: accepted`, () => {
    const bytes = encode(tinyDatasetText(LIMITS.claims));
    const started = performance.now();
    expect(parseDataset(bytes).claims).toHaveLength(LIMITS.claims);
    // Measured about 1 s on the 2-core CI machine; the bound only catches a gross regression.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);
});

describe('deep nesting', () => {
  it('a million nested arrays are refused from one pass over the bytes, before JSON.parse', () => {
    const depth = 1_000_000;
    const bytes = encode(`{"claims":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const started = performance.now();
    const e = refusal(() => parseDataset(bytes));
    expect(performance.now() - started).toBeLessThan(500);
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
