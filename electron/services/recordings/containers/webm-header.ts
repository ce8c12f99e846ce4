import type { EBMLElementDetail } from 'webm-duration-fix/lib/ebml/index.js';
import { createDecoder, decodeUntilBroken, Reader } from './webm-duration-fix-node.js';

const AUDIO_TRACK_TYPE = 2;

/** What the bytes before the first Cluster say, and what rewriting them needs. */
export type WebmHeader = {
  /** EBML header, Info and Tracks as decoded, for the library to re-encode with Duration and Cues. */
  metadata: EBMLElementDetail[];
  /** Where the decoded header ends: the clusters are copied from here on. */
  metadataSize: number;
  timecodeScale: number;
  /** The first audio track's number, or null when the header has none. */
  audioTrack: number | null;
  /** Opus CodecDelay of that track, in ns: decoded and thrown away, so not part of the duration. */
  codecDelayNs: number;
  /** Whether a whole Tracks element was read. */
  sawTracks: boolean;
};

/**
 * Decodes a MediaRecorder webm's header (everything before the first Cluster: a few hundred
 * bytes) with webm-duration-fix's decoder and reader, made safe for Node in
 * webm-duration-fix-node.ts. Only the header goes through the library: its decoder reads every
 * byte of every element, which for the clusters of a 5-minute answer took 40–160 ms; the
 * clusters are walked by webm-scanner.ts instead. Also used on a file cut off before its first
 * Cluster, where bytes that are not EBML end what can be read.
 */
export function readWebmHeader(bytes: Uint8Array): WebmHeader {
  const reader = new Reader();
  reader.use_segment_info = false; // we do not listen to its events
  reader.drop_default_duration = false; // copy Tracks through as recorded

  const header: WebmHeader = {
    metadata: [],
    metadataSize: 0,
    timecodeScale: 1_000_000,
    audioTrack: null,
    codecDelayNs: 0,
    sawTracks: false,
  };
  let entry = { number: -1, type: -1, codecDelay: 0 };
  const take = (element: EBMLElementDetail): void => {
    const { name } = element;
    if (element.type === 'm') {
      if (name === 'TrackEntry' && !element.isEnd) entry = { number: -1, type: -1, codecDelay: 0 };
      if (name === 'TrackEntry' && element.isEnd && entry.type === AUDIO_TRACK_TYPE && header.audioTrack === null) {
        header.audioTrack = entry.number;
        header.codecDelayNs = entry.codecDelay;
      }
      if (name === 'Tracks' && element.isEnd) header.sawTracks = true;
      return;
    }
    if (!('value' in element)) return;
    if (name === 'TimecodeScale') header.timecodeScale = element.value as number;
    else if (name === 'TrackNumber') entry.number = element.value as number;
    else if (name === 'TrackType') entry.type = element.value as number;
    else if (name === 'CodecDelay') entry.codecDelay = element.value as number;
  };

  const { elements } = decodeUntilBroken(createDecoder(), bytes);
  for (const element of elements) {
    if (element.type === 'unknown') continue; // elements newer than the library's schema
    reader.read(element);
    take(element);
  }
  reader.stop();
  header.metadata = reader.metadatas;
  header.metadataSize = reader.metadataSize;
  return header;
}
