/**
 * The few web platform globals the engine uses, declared for the engine project only: TextEncoder
 * and TextDecoder (WHATWG Encoding; claim-index/serialize.ts) and URL (WHATWG URL;
 * outlets/domains.ts). They are not ECMAScript, so lib "ES2023" leaves them out, yet every runtime
 * the engine runs in has them as globals: browsers and their workers, Node (since 10/11), Deno, Bun.
 * Declaring them here keeps the engine from taking all of lib.dom or @types/node — and with them
 * `document` and `process` — for three classes. Only the members the engine uses, in the standards'
 * shapes.
 *
 * `declare var`, as lib.dom declares them: a runtime's globals are properties of globalThis.
 */
/* eslint-disable no-var */
interface TextEncoder {
  /** UTF-8 bytes of `input`. */
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecoder {
  /** The text of UTF-8 `input`; malformed sequences become U+FFFD (no `fatal` option is used). */
  decode(input?: ArrayBufferView | ArrayBufferLike): string;
}
declare var TextDecoder: { prototype: TextDecoder; new (): TextDecoder };

interface URL {
  readonly hostname: string;
  readonly pathname: string;
}
/** Throws a TypeError when `url` (resolved against `base`) is not a valid URL. */
declare var URL: { prototype: URL; new (url: string, base?: string): URL };
