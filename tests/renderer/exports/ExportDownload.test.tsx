// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ClientContext } from '#renderer/api/ClientContext.js';
import type { StudioClient } from '#renderer/api/client.js';
import { ExportDownload } from '#renderer/exports/ExportDownload.js';
import { StudioError } from '#shared/contract/errors.js';
import { useMountedRoot } from '#tests/support/mount.js';

const FILE = 'interview-studio-20261127-100000.zip';
const mounted = useMountedRoot();

function fakeClient(host: 'electron' | 'browser', saveAs: () => Promise<unknown>) {
  return {
    app: { info: async () => ({ version: '1.0.0', dataDir: '/data', host, canSavePdf: host === 'electron' }) },
    exports: { saveAs: vi.fn(saveAs) },
  } as unknown as StudioClient & { exports: { saveAs: ReturnType<typeof vi.fn> } };
}

async function show(client: StudioClient, downloadUrl: string) {
  await mounted.render(
    <ClientContext.Provider value={client}>
      <ExportDownload fileName={FILE} downloadUrl={downloadUrl} />
    </ClientContext.Provider>,
  );
}

const button = () => mounted.container.querySelector('button')!;

describe('ExportDownload', () => {
  it('in a browser is a download link to the archive', async () => {
    await show(
      fakeClient('browser', async () => ({ saved: false })),
      `/exports/${FILE}`,
    );
    const link = mounted.container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`/exports/${FILE}`);
    expect(link.getAttribute('download')).toBe(FILE);
    expect(mounted.container.querySelector('button')).toBeNull();
  });

  it('in the desktop app has no link (it would be refused as a navigation) but saves through a dialog, and says where', async () => {
    const client = fakeClient('electron', async () => ({ saved: true, path: `/home/sam/Documents/${FILE}` }));
    await show(client, `studio-exports://export/${FILE}`);
    expect(mounted.container.querySelector('a')).toBeNull();
    expect(button().textContent).toBe(`Save ${FILE}…`);
    await act(async () => button().click());
    expect(client.exports.saveAs).toHaveBeenCalledWith({ fileName: FILE });
    expect(mounted.container.querySelector('[role="status"]')!.textContent).toBe(`Saved to /home/sam/Documents/${FILE}`);
  });

  it('says nothing when the dialog was cancelled, and says why when saving failed', async () => {
    let answer: () => Promise<unknown> = async () => ({ saved: false });
    await show(
      fakeClient('electron', () => answer()),
      `studio-exports://export/${FILE}`,
    );
    await act(async () => button().click());
    expect(mounted.container.querySelector('[role="status"]')!.textContent).toBe('');
    expect(mounted.container.querySelector('[role="alert"]')).toBeNull();

    answer = async () => {
      throw new StudioError('disk_full', 'The disk is full, so the app could not save the export there. Free some space and try again.');
    };
    await act(async () => button().click());
    expect(mounted.container.querySelector('[role="alert"]')!.textContent).toContain('The export was not saved: The disk is full');
    expect(button().disabled).toBe(false);
  });
});
