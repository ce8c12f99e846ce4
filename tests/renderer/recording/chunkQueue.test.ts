import { describe, expect, it, vi } from 'vitest';
import { StudioError } from '#shared/contract/errors.js';
import { createChunkQueue } from '#renderer/recording/chunkQueue.js';

const blob = (...bytes: number[]) => new Blob([new Uint8Array(bytes)]);
const deferred = () => {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('chunk queue', () => {
  it('sends chunks one at a time, in arrival order, numbered from 0', async () => {
    const log: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const send = vi.fn(async (seq: number, bytes: Uint8Array) => {
      log.push(`start ${seq}:${[...bytes].join(',')}`);
      await gates[seq]!.promise;
      log.push(`done ${seq}`);
    });
    const queue = createChunkQueue(send);
    queue.push(blob(1));
    queue.push(blob(2, 2));
    queue.push(blob(3));
    await vi.waitFor(() => expect(log).toEqual(['start 0:1']));
    // Even when a later send would finish first, it has not started yet.
    gates[2]!.resolve();
    gates[1]!.resolve();
    await new Promise((r) => setTimeout(r, 5));
    expect(log).toEqual(['start 0:1']);
    gates[0]!.resolve();
    await queue.drain();
    expect(log).toEqual(['start 0:1', 'done 0', 'start 1:2,2', 'done 1', 'start 2:3', 'done 2']);
    expect(queue.sent).toBe(3);
  });

  it('skips empty blobs without leaving a gap in the numbering', async () => {
    const seqs: number[] = [];
    const queue = createChunkQueue(async (seq) => void seqs.push(seq));
    queue.push(blob(1));
    queue.push(new Blob([]));
    queue.push(blob(2));
    await queue.drain();
    expect(seqs).toEqual([0, 1]);
  });

  it('stops at the first failure, reports it once, and drain rejects with it', async () => {
    const full = new StudioError('disk_full', 'no space');
    const onFailure = vi.fn();
    const sent: number[] = [];
    const queue = createChunkQueue(async (seq) => {
      if (seq === 1) throw full;
      sent.push(seq);
    }, onFailure);
    queue.push(blob(1));
    queue.push(blob(2));
    queue.push(blob(3));
    await expect(queue.drain()).rejects.toBe(full);
    queue.push(blob(4)); // after a failure nothing more is accepted
    await expect(queue.drain()).rejects.toBe(full);
    expect(sent).toEqual([0]);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure).toHaveBeenCalledWith(full);
    expect(queue.sent).toBe(1);
    expect(queue.failure).toBe(full);
  });

  it('tells about a failure as it happens, before anyone drains', async () => {
    const onFailure = vi.fn();
    const queue = createChunkQueue(async () => {
      throw new StudioError('io_error', 'x');
    }, onFailure);
    queue.push(blob(1));
    await vi.waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
  });

  it('drains at once when nothing was pushed', async () => {
    await expect(createChunkQueue(async () => {}).drain()).resolves.toBeUndefined();
  });
});
