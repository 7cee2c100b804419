import { beforeEach, describe, expect, it } from 'vitest';
import { actorLine, safeHref } from '../../src/ui/format';
import { createFakeBrowser } from '../support/fake-browser';

beforeEach(() => {
  createFakeBrowser();
});

describe('safeHref', () => {
  it('keeps http and https URLs', () => {
    expect(safeHref('https://tass.com/politics/1508247')).toBe('https://tass.com/politics/1508247');
    expect(safeHref('http://example.org/a?b=c#d')).toBe('http://example.org/a?b=c#d');
    expect(safeHref('  HTTPS://Example.org/x ')).toBe('https://example.org/x');
  });

  it('refuses every other scheme and anything that is not an absolute URL', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      'chrome://settings',
      '//example.org/x',
      '/relative',
      'example.org',
      '',
      undefined,
    ]) {
      expect(safeHref(url), String(url)).toBeUndefined();
    }
  });
});

describe('actorLine', () => {
  it('joins name, role and organisation', () => {
    expect(
      actorLine({ name: 'Aydos Sarym', role: 'member of the Majilis Defence and Security Committee' }),
    ).toBe('Aydos Sarym, member of the Majilis Defence and Security Committee');
    expect(actorLine({ name: 'Dmitry Peskov', role: 'Kremlin spokesman', organisation: 'Kremlin' })).toBe(
      'Dmitry Peskov, Kremlin spokesman, Kremlin',
    );
    expect(actorLine({ name: '@yellow_folder', role: ' ' })).toBe('@yellow_folder');
  });
});
