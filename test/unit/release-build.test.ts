/**
 * The release build (`npm run build`, `npm run package`) downloads datasets over https only: its
 * manifest's CSP and host permissions name no loopback address, and its check of a source's address
 * refuses http on this computer with the words a reader sees for any address that is not https. The
 * test build (`npm run build:test`, used by the E2E suite and the benchmarks) keeps loopback http.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSourceUrl } from '../../src/background/updates/fetch-dataset';
import { addressProblem } from '../../src/options/datasets/AddSource';
import { isTestBuild, LOOPBACK_CONNECT_SOURCES, withLoopback } from '../../vite.config';
import { createFakeBrowser } from '../support/fake-browser';

// The options page's check words its refusal through the UI strings, which ask the browser's i18n.
createFakeBrowser();
const ROOT = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('manifest.json')) as {
  optional_host_permissions: string[];
  content_security_policy: { extension_pages: string };
};
const LOOPBACK = /127\.0\.0\.1|localhost|\[::1\]/;

describe('the release manifest', () => {
  it('names no loopback address, and lets extension pages connect over https only', () => {
    expect(read('manifest.json')).not.toMatch(LOOPBACK);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.content_security_policy.extension_pages).toMatch(/connect-src 'self' https:(;|$)/);
    expect(manifest.content_security_policy.extension_pages).not.toContain('http:');
  });

  it('is what the release scripts build; the test build is asked for by name', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build:chrome']).toBe('vite build --mode chrome');
    expect(scripts['build:firefox']).toBe('vite build --mode firefox');
    expect(scripts.build).toBe('npm run build:chrome && npm run build:firefox');
    expect(read('test/tools/package.ts')).toContain("execFileSync('npm', ['run', 'build']");
    expect(isTestBuild('chrome')).toBe(false);
    expect(isTestBuild('firefox')).toBe(false);
    expect(isTestBuild('chrome-test')).toBe(true);
    expect(scripts['build:test']).toBe('npm run build:chrome:test && npm run build:firefox:test');
    expect(scripts['build:chrome:test']).toBe('vite build --mode chrome-test');
    // CI's end-to-end suite serves datasets over local http: it runs on the test build.
    expect(read('.ci/test-all.sh')).toMatch(/step build npm run --silent build:test/);
  });

  it('gains loopback http only in the test build', () => {
    const test = withLoopback(manifest);
    expect(test.optional_host_permissions).toEqual([
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
    expect(test.content_security_policy.extension_pages).toContain(
      `connect-src 'self' https: ${LOOPBACK_CONNECT_SOURCES.join(' ')}`,
    );
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });
});

describe('a dataset source on this computer over http', () => {
  const LOCAL = 'http://127.0.0.1:8080/dataset.json';

  it('is refused by the release build as not https, before anything is fetched', () => {
    expect(() => checkSourceUrl(LOCAL, false)).toThrow(expect.objectContaining({ code: 'not-https' }));
    expect(() => checkSourceUrl('http://localhost/d.json', false)).toThrow(
      expect.objectContaining({ code: 'not-https', args: ['http://localhost/d.json'] }),
    );
    expect(() => checkSourceUrl('https://desk.example/d.json', false)).not.toThrow();
    expect(addressProblem(LOCAL, false)).toBe('Afterword downloads datasets only over https.');
    expect(addressProblem('https://desk.example/d.json', false)).toBeUndefined();
  });

  it('is accepted by the test build', () => {
    expect(() => checkSourceUrl(LOCAL, true)).not.toThrow();
    expect(addressProblem(LOCAL, true)).toBeUndefined();
    // Any other http address stays refused in every build.
    expect(() => checkSourceUrl('http://desk.example/d.json', true)).toThrow(
      expect.objectContaining({ code: 'not-https' }),
    );
  });
});
