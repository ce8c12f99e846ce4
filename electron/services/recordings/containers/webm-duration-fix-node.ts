import { Decoder, Encoder, Reader, tools, type EBMLElementBuffer, type EBMLElementDetail } from 'webm-duration-fix/lib/ebml/index.js';
import { byEbmlID } from 'webm-duration-fix/lib/ebml/ebmlID.js';

/**
 * webm-duration-fix's EBML code, made correct under Node. The library is written for the
 * browser, where its `buffer` import is the npm polyfill; in Node it gets Node's own Buffer,
 * and two things go wrong on every Chromium recording:
 *
 * 1. Its decoder reads every unsigned integer with `Buffer.readUIntBE`, which in Node stops at
 *    6 bytes; Chromium's random TrackUID is 7–8 bytes, so decoding throws. Our decoder gets a
 *    schema in which every integer nobody reads is plain bytes, which the encoder also copies
 *    through unchanged.
 * 2. Its encoder returns `Buffer.concat(...).buffer`. Node serves small buffers from a shared
 *    8 KiB pool, so that ArrayBuffer is the whole pool: the rewritten header came out 8 KiB
 *    long, full of unrelated memory, and no player could read the file. We return an exact
 *    copy instead (the library's own `encode`, minus that one step).
 *
 * And one for speed: its encoder finds each element's ID by name with a linear search through
 * the whole schema (and the deprecated `new Buffer`, which warns), for every element it writes;
 * we look the name up in a table made once.
 *
 * Kept in one file so the workarounds are easy to drop once the library handles Node.
 */

/** Integers whose values the library's reader (or our scan) uses; the rest stay raw bytes. */
const NUMBERS_READ = new Set(['Timecode', 'TimecodeScale', 'TrackType', 'TrackNumber', 'CodecDelay', 'DefaultDuration']);

const schemaForNode = Object.fromEntries(
  Object.entries(byEbmlID).map(([id, entry]) => {
    const rawBytes = (entry.type === 'u' && !NUMBERS_READ.has(entry.name)) || entry.type === 'i';
    return [id, rawBytes ? { ...entry, type: 'b' } : entry];
  }),
) as typeof byEbmlID;

export function createDecoder(): Decoder {
  const decoder = new Decoder();
  (decoder as unknown as { _schema: typeof byEbmlID })._schema = schemaForNode;
  return decoder;
}

/**
 * Decodes the next piece of the file. The decoder throws on bytes that are not EBML (a torn
 * write, garbage after a crash), and the elements it had already decoded from that piece would
 * be lost with the exception; we take them from where it keeps them, so the audio before the
 * bad bytes still counts.
 */
export function decodeUntilBroken(decoder: Decoder, piece: Uint8Array): { elements: EBMLElementDetail[]; broken: boolean } {
  try {
    // Typed as ArrayBuffer, but the decoder only wraps it in a Buffer, which copies any bytes.
    return { elements: decoder.decode(piece as unknown as ArrayBuffer), broken: false };
  } catch {
    const pending = decoder as unknown as { _result: EBMLElementDetail[] };
    const elements = pending._result ?? [];
    pending._result = [];
    return { elements, broken: true };
  }
}

type EncoderInternals = { encodeChunk(element: EBMLElementBuffer): Buffer[]; _schema: typeof byEbmlID };

Encoder.prototype.encode = function encodeExactly(this: Encoder, elements: EBMLElementBuffer[]): ArrayBuffer {
  const internals = this as unknown as EncoderInternals;
  const joined = Buffer.concat(elements.flatMap((element) => internals.encodeChunk(element)));
  return joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength) as ArrayBuffer;
};

/** Name → ID bytes for each schema, the first ID with that name winning, as the library's search does. */
const idsByName = new WeakMap<typeof byEbmlID, Map<string, Buffer>>();

function idsOf(schema: typeof byEbmlID): Map<string, Buffer> {
  let ids = idsByName.get(schema);
  if (!ids) {
    ids = new Map();
    for (const key of Object.keys(schema)) {
      const { name } = schema[Number(key) as keyof typeof schema];
      if (!ids.has(name)) ids.set(name, Buffer.from(Number(key).toString(16), 'hex'));
    }
    idsByName.set(schema, ids);
  }
  return ids;
}

(Encoder.prototype as unknown as { getSchemaInfo(name: string): Buffer | null }).getSchemaInfo = function idOf(
  this: EncoderInternals,
  name: string,
): Buffer | null {
  return idsOf(this._schema).get(name) ?? null;
};

export { Encoder, Reader, tools };
