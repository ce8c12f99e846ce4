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

// A small entry on purpose: it asks main for the first screen's data at once, then loads React and
// the app, so the answers arrive while that code is fetched and compiled instead of after it.
// The system's colors from the first paint; the saved choice follows once the settings arrive.
applyTheme('system');
const client = createClient(window.studio);
startStartupData(client);
listenToMenu(window.studio);

// The first screen is in the HTML (prerendered): React's code is fetched and run once that screen
// is on screen, so it does not compete with drawing it (after-first-paint.ts). The fallback starts
// it anyway if no frame is reported (a window not shown yet may not draw).
afterFirstPaint(() => void import('./boot.js').then(({ boot }) => boot(client)), 1000);
