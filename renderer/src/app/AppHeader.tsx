import type { Screen } from './App.js';

type Props = {
  current: Screen['name'];
  onNavigate(screen: Screen): void;
  onHelp(): void;
};

export function AppHeader({ current, onNavigate, onHelp }: Props) {
  const tab = (name: 'questions' | 'settings', label: string) => (
    <button
      type="button"
      className={`nav__item ${current === name || (name === 'questions' && current === 'practice') ? 'nav__item--current' : ''}`}
      aria-current={current === name ? 'page' : undefined}
      onClick={() => onNavigate({ name })}
    >
      {label}
    </button>
  );
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="app-header__brand">
        <span className="app-header__title">Interview Studio</span>
        <span className="app-header__role">Patient Coordinator</span>
      </div>
      <nav className="nav" aria-label="Main">
        {tab('questions', 'Questions')}
        {tab('settings', 'Settings')}
        <button type="button" className="nav__item" onClick={onHelp} aria-keyshortcuts="?">
          Shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </nav>
    </header>
  );
}
