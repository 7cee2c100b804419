/**
 * A JSON Schema (2020-12) checker for exactly the keywords src/dataset/afterword-dataset.schema.json uses,
 * so tests can hold the published schema to the same datasets as the validator without adding a
 * dependency. An unknown keyword throws: the schema cannot outgrow this checker unnoticed.
 */
import type { LooseJson } from './dataset-samples';

type Schema = LooseJson;

const KNOWN = new Set([
  '$schema',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'minimum',
  'if',
  'then',
  'else',
  'not',
]);

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return Number.isInteger(v);
    default:
      throw new Error(`type ${type} not supported`);
  }
}

/** Problems of `value` against `schema` as "path: keyword" strings; empty when it conforms. */
export function jsonSchemaProblems(root: Schema, value: unknown): string[] {
  let problems: string[] = [];
  const conforms = (s: Schema, v: unknown): boolean => {
    const outer = problems;
    problems = [];
    check(s, v, '$');
    const ok = problems.length === 0;
    problems = outer;
    return ok;
  };
  const check = (s: Schema, v: unknown, path: string): boolean => {
    const before = problems.length;
    const fail = (what: string) => problems.push(`${path}: ${what}`);
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`keyword ${k} not supported`);
    if (s.$ref) check(root.$defs[(s.$ref as string).replace('#/$defs/', '')], v, path);
    if (s.type && !typeOk(s.type, v)) {
      fail(`type ${s.type}`);
      return false;
    }
    if ('const' in s && v !== s.const) fail('const');
    if (s.enum && !s.enum.includes(v)) fail('enum');
    if (typeof v === 'string') {
      const n = [...v].length;
      if (s.minLength !== undefined && n < s.minLength) fail('minLength');
      if (s.maxLength !== undefined && n > s.maxLength) fail('maxLength');
      if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) fail('pattern');
    }
    if (typeof v === 'number' && s.minimum !== undefined && v < s.minimum) fail('minimum');
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) fail('minItems');
      if (s.maxItems !== undefined && v.length > s.maxItems) fail('maxItems');
      if (s.items) v.forEach((item, i) => check(s.items, item, `${path}[${i}]`));
    }
    if (typeOk('object', v)) {
      const o = v as Record<string, unknown>;
      for (const r of s.required ?? []) if (!(r in o)) fail(`required ${r}`);
      for (const [k, item] of Object.entries(o)) {
        if (s.properties?.[k]) check(s.properties[k], item, `${path}.${k}`);
        else if (s.additionalProperties === false) fail(`additionalProperties ${k}`);
      }
    }
    if (s.if) {
      const sub = conforms(s.if, v);
      if (sub && s.then) check(s.then, v, path);
      if (!sub && s.else) check(s.else, v, path);
    }
    if (s.not && conforms(s.not, v)) fail('not');
    return problems.length === before;
  };
  check(root, value, '$');
  return problems;
}
