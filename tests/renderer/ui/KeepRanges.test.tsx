import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeepRanges } from '#renderer/ui/KeepRanges.js';

describe('KeepRanges', () => {
  it('keeps each range on one line and leaves the text as it was', () => {
    const html = renderToStaticMarkup(<KeepRanges text="1:01 — within your 1:00–2:00 target, about 120–160" />);
    expect(html).toBe(
      '1:01 — within your <span style="white-space:nowrap">1:00–2:00</span> target, about <span style="white-space:nowrap">120–160</span>',
    );
  });

  it('leaves text without a range alone, em dashes included', () => {
    expect(renderToStaticMarkup(<KeepRanges text="Some rise and fall — steady" />)).toBe('Some rise and fall — steady');
  });
});
