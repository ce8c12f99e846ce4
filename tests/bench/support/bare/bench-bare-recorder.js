/* global document, location, window, MediaRecorder */
// The floor for "recording": getUserMedia and MediaRecorder with the app's timeslice, each chunk
// posted to the same host through recordings:append, as the app's bridge sends it. No meter, no
// peaks, no React. Served beside the renderer build by tests/bench/sections/cpu.ts.
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

function base64(buffer) {
  const bytes = new Uint8Array(buffer);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

(async () => {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const mimeType = 'audio/webm;codecs=opus';
  const { recordingId } = await call('recordings:begin', { questionId: params.get('question'), mimeType });
  const recorder = new MediaRecorder(stream, { mimeType });
  let seq = 0;
  let sent = Promise.resolve();
  recorder.ondataavailable = (event) => {
    const n = seq++;
    sent = sent.then(async () =>
      call('recordings:append', { recordingId, seq: n, bytes: { $bytes: base64(await event.data.arrayBuffer()) } }),
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
