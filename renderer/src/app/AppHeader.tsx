import { tabOf, type Screen } from '#renderer/lib/screen.js';

type Props = {
  current: Screen;
  onNavigate(screen: Screen): void;
  onHelp(): void;
};

type Tab = 'questions' | 'due' | 'mock' | 'facility' | 'progress' | 'data' | 'settings';
const TABS: ReadonlyArray<[Tab, string]> = [
  ['questions', 'Questions'],
  ['due', 'Due today'],
  ['mock', 'Mock interview'],
  ['facility', 'Facility'],
  ['progress', 'Progress'],
  ['data', 'Your data'],
  ['settings', 'Settings'],
];

export function AppHeader({ current, onNavigate, onHelp }: Props) {
  const active = tabOf(current);
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
        {TABS.map(([name, label]) => (
          <button
            key={name}
            type="button"
            className={`nav__item ${active === name ? 'nav__item--current' : ''}`}
            aria-current={active === name ? 'page' : undefined}
            onClick={() => onNavigate({ name })}
          >
            {label}
          </button>
        ))}
        <button type="button" className="nav__item" onClick={onHelp} aria-keyshortcuts="?">
          Shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
      </nav>
    </header>
  );
}
