// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ClientContext } from '#renderer/api/ClientContext.js';
import type { StudioClient } from '#renderer/api/client.js';
import { ReportActions } from '#renderer/report/ReportActions.js';
import { StudioError } from '#shared/contract/errors.js';
import { useMountedRoot } from '#tests/support/mount.js';

const view = useMountedRoot();

function fakeClient(canSavePdf: boolean, savePdf: () => Promise<unknown>) {
  return {
    app: { info: async () => ({ version: '1.0.0', dataDir: '/data', host: canSavePdf ? 'electron' : 'browser', canSavePdf }) },
    report: { savePdf: vi.fn(savePdf) },
  } as unknown as StudioClient;
}

async function show(client: StudioClient, ready = true) {
  await act(async () =>
    view.root.render(
      <ClientContext.Provider value={client}>
        <ReportActions ready={ready} />
      </ClientContext.Provider>,
    ),
  );
}

const buttons = () => [...view.container.querySelectorAll('button')].map((b) => b.textContent);
const button = (name: string) => [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;
const click = (name: string) => act(async () => button(name).click());

describe('ReportActions', () => {
  it('in a browser offers the print dialog only, which is where "Save as PDF" lives there', async () => {
    await show(fakeClient(false, async () => ({ saved: false })));
    expect(buttons()).toEqual(['Print or save as PDF']);
  });

  it('in the desktop app saves a PDF and says where', async () => {
    await show(fakeClient(true, async () => ({ saved: true, path: '/home/sam/Documents/Interview readiness 2026-11-27.pdf' })));
    expect(buttons()).toEqual(['Save as PDF…', 'Print…']);
    await click('Save as PDF…');
    expect(view.container.querySelector('[role="status"]')!.textContent).toBe(
      'Saved to /home/sam/Documents/Interview readiness 2026-11-27.pdf',
    );
  });

  it('says nothing when the save dialog was cancelled, and says why when saving failed', async () => {
    let answer: () => Promise<unknown> = async () => ({ saved: false });
    await show(fakeClient(true, () => answer()));
    await click('Save as PDF…');
    expect(view.container.querySelector('[role="status"]')!.textContent).toBe('');
    expect(view.container.querySelector('[role="alert"]')).toBeNull();

    answer = async () => {
      throw new StudioError('disk_full', 'The disk is full, so the app could not save the report as a PDF. Free some space and try again.');
    };
    await click('Save as PDF…');
    expect(view.container.querySelector('[role="alert"]')!.textContent).toContain('The PDF was not saved: The disk is full');
    expect(button('Save as PDF…').disabled).toBe(false); // free to try again
  });

  it('waits for the report before either button can be used', async () => {
    await show(
      fakeClient(true, async () => ({ saved: false })),
      false,
    );
    expect(button('Save as PDF…').disabled).toBe(true);
    expect(button('Print…').disabled).toBe(true);
  });
});
