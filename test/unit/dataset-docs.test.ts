/** src/dataset/README.md stays true: its example is valid, its limits are the code's, every command is there. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_COMMANDS } from '../../src/cli/dataset/index';
import { LIMITS } from '../../src/dataset/limits';
import { parseDataset } from '../../src/dataset/parse';
import { encode } from '../support/dataset-samples';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'dataset', 'README.md'), 'utf8');

describe('src/dataset/README.md', () => {
  it('opens with an example that validates', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(parseDataset(encode(example)).claims[0]!.id).toBe('minister-resigned-2024-03');
  });

  it('shows a version 1.1 file with outlets that validates', () => {
    const example = /## Outlets[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const dataset = parseDataset(encode(example));
    expect(dataset.outlets![0]!.id).toBe('example-news');
    expect(dataset.claims[0]!.events[0]!.source.outletId).toBe('example-news');
  });

  it('lists every limit with the value the validator enforces', () => {
    for (const [key, value] of Object.entries(LIMITS)) {
      expect(doc, key).toMatch(new RegExp(`^\\| \`${key}\` +\\| ${value.toLocaleString('en-US')} +\\|`, 'm'));
    }
  });

  it('documents every command', () => {
    for (const name of Object.keys(DATASET_COMMANDS))
      expect(doc, name).toMatch(new RegExp(`^\\| \`${name}\\b`, 'm'));
  });
});
