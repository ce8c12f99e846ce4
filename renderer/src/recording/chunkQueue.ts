/** Sends one chunk; rejects to stop the queue (e.g. a StudioError 'disk_full' from main). */
export type SendChunk = (seq: number, bytes: Uint8Array<ArrayBuffer>) => Promise<void>;

export type ChunkQueue = {
  /** Takes the next chunk in arrival order; it is numbered and sent after every earlier one. */
  push(blob: Blob): void;
  /** Resolves when everything pushed so far is sent; rejects with the first failure. */
  drain(): Promise<void>;
  /** Chunks accepted by main so far. */
  readonly sent: number;
  readonly failure: unknown;
};

/**
 * A strictly serial sender for MediaRecorder chunks. Main rejects gaps and duplicates, so chunk n+1
 * never leaves before chunk n is acknowledged, and after the first failure nothing more is sent
 * (a later chunk would only be refused as a gap). `onFailure` is told once, at once, so the
 * recorder can stop while the user is still talking rather than when they press Stop.
 */
export function createChunkQueue(send: SendChunk, onFailure: (error: unknown) => void = () => {}): ChunkQueue {
  let tail: Promise<void> = Promise.resolve();
  let nextSeq = 0;
  let sent = 0;
  let failed = false;
  let failure: unknown;

  return {
    push(blob) {
      // MediaRecorder may hand over empty blobs (e.g. a timeslice with no audio yet); they carry
      // nothing, and numbering them would only add round trips.
      if (blob.size === 0 || failed) return;
      const seq = nextSeq++;
      // Read the bytes now, in parallel with earlier sends; only the sending is serial.
      const bytes = blob.arrayBuffer().then((buffer) => new Uint8Array(buffer));
      bytes.catch(() => {}); // a read failure is reported through the chain below, not as unhandled
      tail = tail.then(async () => {
        if (failed) return;
        try {
          await send(seq, await bytes);
          sent++;
        } catch (error) {
          failed = true;
          failure = error;
          onFailure(error);
        }
      });
    },
    async drain() {
      await tail;
      if (failed) throw failure;
    },
    get sent() {
      return sent;
    },
    get failure() {
      return failure;
    },
  };
}
