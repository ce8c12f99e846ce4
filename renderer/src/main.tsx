import { createRoot } from 'react-dom/client';
import { createClient } from './api/client.js';
import { ClientContext } from './api/ClientContext.js';
import { App } from './app/App.js';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/questions.css';
import './styles/practice.css';
import './styles/review.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <ClientContext.Provider value={createClient(window.studio)}>
    <App />
  </ClientContext.Provider>,
);
