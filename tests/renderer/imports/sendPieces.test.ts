import { describe, expect, it } from 'vitest';
import { PIECE_BYTES, PIECES_IN_FLIGHT, sendPieces } from '#renderer/imports/sendPieces.js';

/** A main whose answers to each piece the test gives by hand, in any order. */
function handMain() {
  const pending = new Map<number, { bytes: Uint8Array; answer(): void; refuse(error: Error): void }>();
  const sent: number[] = [];
  const append = (seq: number, bytes: Uint8Array) =>
    new Promise<unknown>((resolve, reject) => {
      sent.push(seq);
      pending.set(seq, { bytes, answer: () => resolve({}), refuse: reject });
    });
  const answer = (seq: number) => {
    const piece = pending.get(seq);
    if (!piece) throw new Error(`piece ${seq} is not in flight`);
    pending.delete(seq);
    piece.answer();
  };
  return { append, answer, pending, sent };
}

/** Lets the pieces' reads and answers run (Blob reads settle off the microtask queue). */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !condition(); turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

function file(bytes: number): Blob {
  const content = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) content[i] = i % 251;
  return new Blob([content]);
}
/** Whole pieces compared as bytes (toEqual walks a MiB element by element). */
const same = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && Buffer.from(a).equals(Buffer.from(b));

describe('sendPieces', () => {
  it('keeps three pieces in flight, never past the oldest unanswered one, and reports after every answer', async () => {
    expect(PIECES_IN_FLIGHT).toBe(3);
    const main = handMain();
    const blob = file(4 * PIECE_BYTES + 10);
    const progress: number[] = [];
    let done = false;
    const sending = sendPieces(main.append, blob, (sent) => progress.push(sent), new AbortController().signal).then(() => (done = true));
    await until(() => main.pending.size === 3);
    expect(main.sent).toEqual([0, 1, 2]);

    // Piece 1 answers first: reported, but piece 0 still holds the window shut at 0–2.
    main.answer(1);
    await until(() => progress.length === 1);
    expect(main.sent).toEqual([0, 1, 2]);
    main.answer(0);
    await until(() => main.sent.length === 5);
    expect(main.sent).toEqual([0, 1, 2, 3, 4]);
    main.answer(2);
    main.answer(4);
    await until(() => progress.length === 4);
    expect(done).toBe(false);
    main.answer(3);
    await until(() => done);
    await sending;
    // The last piece is short: 10 bytes.
    expect(progress).toEqual([1, 2, 3, 3 + 10 / PIECE_BYTES, 4 + 10 / PIECE_BYTES].map((n) => n * PIECE_BYTES));
    expect(main.sent).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes another piece size and window when asked', async () => {
    const main = handMain();
    const sending = sendPieces(main.append, file(10), () => undefined, new AbortController().signal, { pieceBytes: 4, inFlight: 1 });
    await until(() => main.sent.length === 1);
    expect(main.pending.get(0)?.bytes.byteLength).toBe(4);
    main.answer(0);
    await until(() => main.sent.length === 2);
    main.answer(1);
    await until(() => main.sent.length === 3);
    expect(main.pending.get(2)?.bytes.byteLength).toBe(2);
    main.answer(2);
    await sending;
  });

  it('sends each piece as the bytes of its place in the file', async () => {
    const main = handMain();
    const blob = file(PIECE_BYTES + 3);
    const all = new Uint8Array(await blob.arrayBuffer());
    const sending = sendPieces(main.append, blob, () => undefined, new AbortController().signal);
    await until(() => main.pending.size === 2);
    expect(main.pending.get(0)?.bytes.byteLength).toBe(PIECE_BYTES);
    expect(same(main.pending.get(0)?.bytes, all.subarray(0, PIECE_BYTES))).toBe(true);
    expect(same(main.pending.get(1)?.bytes, all.subarray(PIECE_BYTES))).toBe(true);
    main.answer(0);
    main.answer(1);
    await sending;
  });

  it('stops at once when cancelled, without waiting for the pieces in flight, and sends no more', async () => {
    const main = handMain();
    const controller = new AbortController();
    const progress: number[] = [];
    const sending = sendPieces(main.append, file(6 * PIECE_BYTES), (sent) => progress.push(sent), controller.signal);
    await until(() => main.pending.size === PIECES_IN_FLIGHT);
    controller.abort(new Error('cancelled by the person'));
    await expect(sending).rejects.toThrow('cancelled by the person');
    // A piece that answers after the cancel is neither reported nor followed by another.
    main.answer(0);
    main.answer(1);
    main.answer(2);
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(progress).toEqual([]);
    expect(main.sent).toEqual([0, 1, 2]);
  });

  it('fails with the first refusal and sends no more', async () => {
    const main = handMain();
    const sending = sendPieces(main.append, file(6 * PIECE_BYTES), () => undefined, new AbortController().signal);
    await until(() => main.pending.size === PIECES_IN_FLIGHT);
    main.pending.get(0)?.refuse(new Error('Piece 0 of this import was already received.'));
    await expect(sending).rejects.toThrow('already received');
    main.answer(1);
    main.answer(2);
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(main.sent).toEqual([0, 1, 2]);
  });

  it('does not start when already cancelled', async () => {
    const main = handMain();
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(sendPieces(main.append, file(10), () => undefined, controller.signal)).rejects.toThrow('cancelled');
    expect(main.sent).toEqual([]);
  });
});
