import { createClient } from './api/client.js';
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
void import('./boot.js').then(({ boot }) => boot(client));
