import { describe, expect, it, vi } from 'vitest';
import type { StudioClient } from '#renderer/api/client.js';
import { startStartupData, takeStartupData } from '#renderer/app/startup-data.js';

function fakeClient() {
  return {
    library: { get: vi.fn(async () => ({ questions: [] })) },
    settings: { get: vi.fn(async () => ({ micCheckDone: true })) },
    progress: { questions: vi.fn(async () => []) },
  } as unknown as StudioClient & { library: { get: ReturnType<typeof vi.fn> } };
}

describe('startup data', () => {
  it('hands the early calls to the app once, then asks afresh', async () => {
    const client = fakeClient();
    startStartupData(client);
    expect(client.library.get).toHaveBeenCalledTimes(1);
    const [library, settings, stats] = await takeStartupData(client);
    expect(library).toEqual({ questions: [] });
    expect(settings).toEqual({ micCheckDone: true });
    expect(stats).toEqual([]);
    expect(client.library.get).toHaveBeenCalledTimes(1);

    await takeStartupData(client);
    expect(client.library.get).toHaveBeenCalledTimes(2);
  });

  it('passes on an early failure to the app', async () => {
    const client = fakeClient();
    client.library.get.mockRejectedValueOnce(new Error('host gone'));
    startStartupData(client);
    await expect(takeStartupData(client)).rejects.toThrow('host gone');
  });
});
