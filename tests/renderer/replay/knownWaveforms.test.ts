import { describe, expect, it } from 'vitest';
import { knownWaveform, rememberWaveform } from '#renderer/replay/knownWaveforms.js';

describe('knownWaveforms', () => {
  it('hands back the peaks of takes just recorded, keeping only the latest twenty', () => {
    for (let i = 0; i < 25; i++) rememberWaveform(`take-${i}`, [i / 100]);
    expect(knownWaveform('take-24')).toEqual([0.24]);
    expect(knownWaveform('take-5')).toEqual([0.05]);
    expect(knownWaveform('take-4')).toBeUndefined();
    rememberWaveform('take-5', [0.5]); // remembered again: now the newest
    for (let i = 25; i < 44; i++) rememberWaveform(`take-${i}`, [0]);
    expect(knownWaveform('take-5')).toEqual([0.5]);
    expect(knownWaveform('take-6')).toBeUndefined();
  });

  it('remembers nothing for a take without peaks', () => {
    rememberWaveform('no-peaks', null);
    expect(knownWaveform('no-peaks')).toBeUndefined();
  });
});
