/* global document, location */
// The floor for "replay": a bare <audio> element playing the same recording from the same host.
const audio = document.querySelector('audio');
audio.src = new URLSearchParams(location.search).get('src');
audio.addEventListener('playing', () => (document.body.dataset.state = 'playing'));
void audio.play();
