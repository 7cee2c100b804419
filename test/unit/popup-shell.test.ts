/**
 * The popup's shell (src/popup/index.html) is drawn before the stylesheets arrive, with a few rules
 * of its own: their colours and type must be the stylesheets', light and dark, or the header would
 * change colour under the reader's eyes when they load.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');

/** Custom properties of the first `:root` block of `css`, and of the one inside its dark media query. */
function palettes(css: string): { light: Map<string, string>; dark: Map<string, string> } {
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  const props = (block: string) =>
    new Map([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  const rootBlock = (from: number) => {
    const start = css.indexOf(':root', from);
    return css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  };
  return { light: props(rootBlock(0)), dark: props(rootBlock(darkAt)) };
}

describe('the popup shell', () => {
  const html = read('src/popup/index.html');
  const shell = palettes(html.slice(html.indexOf('<style>'), html.indexOf('</style>')));
  const base = palettes(read('src/ui/base.css'));

  it('uses the palette of base.css, light and dark', () => {
    expect(shell.light.size).toBeGreaterThan(0);
    for (const [name, value] of shell.light) expect([name, value]).toEqual([name, base.light.get(name)]);
    for (const [name, value] of shell.dark) expect([name, value]).toEqual([name, base.dark.get(name)]);
    // Every colour the shell uses in light has its dark value too.
    expect([...shell.dark.keys()].sort()).toEqual(
      [...shell.light.keys()].filter((k) => k !== '--font').sort(),
    );
  });

  it('shows the header the popup renders first: its brand in the same markup', () => {
    expect(html).toContain('<div class="brand-row"><h1 class="brand">Afterword</h1></div>');
    expect(read('src/popup/Popup.tsx')).toContain('<h1 class="brand">Afterword</h1>');
  });
});
