// @vitest-environment happy-dom
/** Markup in a dataset's text reaches the reader as text: the popup renders it, never parses it. */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { ClaimCard } from '../../src/popup/ClaimCard';
import { encode, sampleClaim, sampleDataset } from '../support/dataset-samples';
import { PAGE, kzMatch } from './popup-data';
import { createFakeBrowser } from '../support/fake-browser';

beforeEach(() => {
  createFakeBrowser();
});
afterEach(cleanup);

const HTML =
  '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><a href="javascript:alert(1)">link</a>';

it('shows every dataset text field with markup as literal text and creates no elements from it', () => {
  const hostile = sampleClaim('hostile', {
    text: HTML,
    events: [
      {
        date: '2022-09-15',
        type: 'rated',
        actor: { name: HTML, role: HTML, organisation: HTML },
        source: { outlet: HTML, via: HTML, url: 'https://example.com/' },
        quote: HTML,
        rating: { label: HTML, value: 'false' },
        note: HTML,
      },
    ],
  });
  const claim = parseDataset(encode(sampleDataset([hostile]))).claims[0]!;
  const { container } = render(<ClaimCard match={kzMatch({ claim })} page={PAGE} id="c" expanded />);
  expect(container.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
  expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
    'https://example.com/',
  ]);
  expect(container.textContent).toContain(HTML);
  expect((window as { pwned?: number }).pwned).toBeUndefined();
});
