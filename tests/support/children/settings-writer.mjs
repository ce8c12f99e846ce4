// Child process for the crash test: saves settings through conf as fast as it can until it
// is killed. Plain JavaScript so hundreds of starts stay quick.
import Conf from 'conf';

const store = new Conf({ cwd: process.argv[2], configName: 'config', projectName: 'interview-studio' });
let i = 0;
for (;;) {
  i++;
  if (i === 2) process.stdout.write('ready\n'); // a file exists from here on
  store.set('settings', { thinkSeconds: i % 600, answerTargetMinSeconds: 60, answerTargetMaxSeconds: 120, voiceURI: 'x'.repeat(i % 400) });
}
