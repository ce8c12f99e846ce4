/** EBML element IDs the webm scanner acts on (Matroska spec, with their marker bits, as written). */
export const EBML_ID = {
  EBML: 0x1a45dfa3,
  Segment: 0x18538067,
  Cluster: 0x1f43b675,
  Timecode: 0xe7,
  SimpleBlock: 0xa3,
} as const;

/** An element's ID and size, read from its first bytes. */
export type ElementHead = {
  id: number;
  /** Bytes taken by the ID and the size: the element's data starts this far from its start. */
  headLength: number;
  /** Data size in bytes; null when the size is "unknown" (a live stream's Segment and Clusters). */
  size: number | null;
};

/** Length of a variable-size integer from its first byte (RFC 8794 §4): 1–8, or 0 when invalid. */
function vintLength(first: number): number {
  return first === 0 ? 0 : Math.clz32(first) - 23;
}

/**
 * Reads an element head at `at`. `'more'` when the bytes end before the head does; `'invalid'`
 * when they cannot be an EBML element head (a zero byte where a length should start, an ID
 * longer than 4 bytes): what follows is not EBML.
 */
export function readElementHead(bytes: Uint8Array, at: number): ElementHead | 'more' | 'invalid' {
  if (at >= bytes.length) return 'more';
  const idLength = vintLength(bytes[at]!);
  if (idLength === 0 || idLength > 4) return 'invalid';
  if (at + idLength >= bytes.length) return 'more';
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + bytes[at + i]!;
  const sizeAt = at + idLength;
  const sizeLength = vintLength(bytes[sizeAt]!);
  if (sizeLength === 0) return 'invalid';
  if (sizeAt + sizeLength > bytes.length) return 'more';
  // The length marker bit is dropped; all value bits set means "unknown size".
  let size = bytes[sizeAt]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    const byte = bytes[sizeAt + i]!;
    size = size * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { id, headLength: idLength + sizeLength, size: allOnes ? null : size };
}

/** An unsigned integer element's value (big-endian, up to 8 bytes; beyond 2^53 it is rounded). */
export function readUint(bytes: Uint8Array, at: number, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + bytes[at + i]!;
  return value;
}

/** Track number and cluster-relative timecode from a SimpleBlock's first bytes (Matroska §10). */
export function blockHeader(data: Uint8Array): { track: number; timecode: number } | null {
  const length = data.length > 0 ? vintLength(data[0]!) : 0;
  if (length === 0 || data.length < length + 2) return null;
  let track = data[0]! & (0xff >> length);
  for (let i = 1; i < length; i++) track = track * 256 + data[i]!;
  const view = new DataView(data.buffer, data.byteOffset + length, 2);
  return { track, timecode: view.getInt16(0) };
}
