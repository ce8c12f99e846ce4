import { createClient } from './api/client.js';
import { afterFirstPaint } from './app/after-first-paint.js';
import { startStartupData } from './app/startup-data.js';
import { listenToMenu } from './lib/menu-actions.js';
import { applyTheme } from './lib/theme.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/questions.css';
import './styles/practice.css';
import './styles/review.css';

// A small entry on purpose: the first screen is in the HTML (prerendered), so nothing here is
// needed to show it. The system's colors from the first paint; the saved choice follows once the
// settings arrive.
applyTheme('system');
const client = createClient(window.studio);
listenToMenu(window.studio);

// Once that screen is on screen (after-first-paint.ts), main is asked for the first screen's data
// and React's code is fetched side by side, so the answers arrive while that code is compiled.
// Neither is started earlier: the answers' handling and the code's fetching and compiling
// competed with drawing the screen. The fallback starts them anyway if no frame is reported (a
// window not shown yet may not draw).
afterFirstPaint(() => {
  startStartupData(client);
  void import('./boot.js').then(({ boot }) => boot(client));
}, 1000);
