/* global document, location, window, MediaRecorder */
// The floor for "recording": getUserMedia with the app's constraints (voice processing off, as
// renderer/src/lib/audioLevel.ts asks: with the defaults Chromium runs echo cancellation, noise
// suppression and gain control on every buffer, work the app never asks for) and MediaRecorder with
// the app's timeslice, each chunk posted to the same host through recordings:append as the app's
// bridge sends it (a binary frame, shared/contract/wire.ts). No meter, no peaks, no React. Served
// beside the renderer build by tests/bench/sections/cpu.ts.
const params = new URLSearchParams(location.search);
const token = params.get('token');

async function call(channel, body) {
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'X-Studio-Token': token, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The wire's binary frame: [4 bytes: head length, big-endian] [head JSON, ASCII] [the bytes]. */
async function callWithBytes(channel, request, bytes) {
  const head = new TextEncoder().encode(JSON.stringify({ ...request, bytes: { $bytesAt: [0, bytes.byteLength] } }));
  const body = new Uint8Array(4 + head.byteLength + bytes.byteLength);
  new DataView(body.buffer).setUint32(0, head.byteLength);
  body.set(head, 4);
  body.set(bytes, 4 + head.byteLength);
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'X-Studio-Token': token, 'Content-Type': 'application/octet-stream' },
    body,
  });
  const result = await response.json();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

(async () => {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
  });
  const mimeType = 'audio/webm;codecs=opus';
  const { recordingId } = await call('recordings:begin', { questionId: params.get('question'), mimeType });
  const recorder = new MediaRecorder(stream, { mimeType });
  let seq = 0;
  let sent = Promise.resolve();
  recorder.ondataavailable = (event) => {
    const n = seq++;
    sent = sent.then(async () =>
      callWithBytes('recordings:append', { recordingId, seq: n }, new Uint8Array(await event.data.arrayBuffer())),
    );
  };
  recorder.start(Number(params.get('timeslice')));
  window.benchStop = async () => {
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.stop();
    await stopped;
    await sent;
    for (const track of stream.getTracks()) track.stop();
    await call('recordings:discard', { recordingId });
  };
  document.body.dataset.state = 'recording';
})();
