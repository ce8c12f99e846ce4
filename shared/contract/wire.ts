/**
 * JSON cannot carry bytes, and the browser host speaks JSON over HTTP. Uint8Array values are
 * written as `{ "$bytes": "<base64>" }` and read back as Uint8Array, on both sides of the wire.
 * (Electron's IPC uses structured clone and needs none of this.)
 */
const BYTES_KEY = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES_KEY]: toBase64(v) } : v));
}

/** Throws SyntaxError on malformed JSON or base64; callers turn that into `invalid_request`. */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const b = (v as Record<string, unknown>)[BYTES_KEY];
      if (keys.length === 1 && typeof b === 'string') return fromBase64(b);
    }
    return v;
  });
}

/**
 * A request that carries bytes (an import's or a recording's pieces) travels over HTTP as a binary
 * body instead, so a 4 MiB piece is 4 MiB on the wire and costs no base64 on either side:
 *
 *   [4 bytes: length of the head, big-endian] [head: the request as JSON, in ASCII] [the bytes]
 *
 * In the head each Uint8Array is `{ "$bytesAt": [offset, length] }` into the bytes after it, which
 * it covers exactly; other characters are written `\uXXXX`, so the head needs no text codec (shared/
 * has neither TextEncoder's DOM nor Node types). The channel's schema is the same either way: this
 * is only how it travels.
 */
export const BINARY_CONTENT_TYPE = 'application/octet-stream';
const BYTES_AT_KEY = '$bytesAt';
const HEAD_LENGTH_BYTES = 4;

/** The body for a request: JSON text, or a binary frame when the request holds bytes. */
export function encodeRequestBody(value: unknown): { contentType: string; body: string | Uint8Array } {
  const pieces: Uint8Array[] = [];
  let offset = 0;
  // Bytes are swapped for their ranges before stringifying: JSON.stringify would first call a Node
  // Buffer's toJSON, which builds an array of every byte (seconds for a few MiB) just to be dropped.
  const swap = (v: unknown): unknown => {
    if (v instanceof Uint8Array) {
      pieces.push(v);
      offset += v.byteLength;
      return { [BYTES_AT_KEY]: [offset - v.byteLength, v.byteLength] };
    }
    if (Array.isArray(v)) return v.map(swap);
    const proto: unknown = v && typeof v === 'object' ? Object.getPrototypeOf(v) : undefined;
    if (proto !== Object.prototype && proto !== null) return v;
    return Object.fromEntries(Object.entries(v as object).map(([key, inner]) => [key, swap(inner)]));
  };
  const head = JSON.stringify(swap(value));
  if (pieces.length === 0) return { contentType: 'application/json', body: value === undefined ? '' : head };
  const ascii = head.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const headBytes = Uint8Array.from(ascii, (c) => c.charCodeAt(0));
  const body = new Uint8Array(HEAD_LENGTH_BYTES + headBytes.byteLength + offset);
  new DataView(body.buffer).setUint32(0, headBytes.byteLength);
  body.set(headBytes, HEAD_LENGTH_BYTES);
  let at = HEAD_LENGTH_BYTES + headBytes.byteLength;
  for (const piece of pieces) {
    body.set(piece, at);
    at += piece.byteLength;
  }
  return { contentType: BINARY_CONTENT_TYPE, body };
}

/**
 * Reads a binary frame back; the Uint8Arrays are views of `body`, not copies. Throws SyntaxError,
 * in plain words, on anything that is not a well-formed frame; callers turn that into `invalid_request`.
 */
export function decodeBinaryRequest(body: Uint8Array): unknown {
  if (body.byteLength < HEAD_LENGTH_BYTES) throw new SyntaxError('The request body is too short to hold a request.');
  const headLength = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0);
  const dataStart = HEAD_LENGTH_BYTES + headLength;
  if (dataStart > body.byteLength) throw new SyntaxError('The request body is shorter than its head says.');
  const headBytes = body.subarray(HEAD_LENGTH_BYTES, dataStart);
  if (headBytes.some((b) => b > 0x7e)) throw new SyntaxError('The head of the request body is not plain ASCII JSON.');
  let head = '';
  for (let i = 0; i < headBytes.length; i += 0x8000) head += String.fromCharCode(...headBytes.subarray(i, i + 0x8000));
  const dataLength = body.byteLength - dataStart;
  let covered = 0;
  let value: unknown;
  try {
    value = JSON.parse(head, (_key, v: unknown) => reviveRange(v));
  } catch (error) {
    throw error instanceof RangeInBodyError
      ? new SyntaxError(error.message)
      : new SyntaxError('The head of the request body is not valid JSON.');
  }
  if (covered !== dataLength) throw new SyntaxError('The request body holds bytes its head does not account for.');
  return value;

  function reviveRange(v: unknown): unknown {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const at = (v as Record<string, unknown>)[BYTES_AT_KEY];
    if (Object.keys(v).length !== 1 || at === undefined) return v;
    const [start, length] = Array.isArray(at) && at.length === 2 ? (at as unknown[]) : [];
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(length))
      throw new RangeInBodyError('A byte range in the request is malformed.');
    const [from, size] = [start as number, length as number];
    if (from < 0 || size < 0 || from + size > dataLength) throw new RangeInBodyError('A byte range in the request lies outside its body.');
    covered += size;
    return body.subarray(dataStart + from, dataStart + from + size);
  }
}

/** A bad `$bytesAt`, told apart from JSON.parse's own (technical) messages. */
class RangeInBodyError extends Error {}
