import { useState } from 'react';
import { tabOf, type Screen } from '#renderer/lib/screen.js';
import { QUESTION_SEARCH_ID } from '#renderer/questions/searchQuestions.js';

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

/**
 * The app's title and main navigation. In a narrow window (or at a large zoom) the tabs fold into a
 * Menu button rather than wrapping onto a second line; on the question list a second skip link goes
 * straight to the search, a Tab or two from the top.
 */
export function AppHeader({ current, onNavigate, onHelp }: Props) {
  const active = tabOf(current);
  const [menuOpen, setMenuOpen] = useState(false);
  const go = (screen: Screen) => {
    setMenuOpen(false);
    onNavigate(screen);
  };
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {current.name === 'questions' && (
        <a
          className="skip-link"
          href={`#${QUESTION_SEARCH_ID}`}
          onClick={(event) => {
            // Following the link only scrolls; the search box should also take the typing.
            event.preventDefault();
            document.getElementById(QUESTION_SEARCH_ID)?.focus();
          }}
        >
          Skip to the question search
        </a>
      )}
      <div className="app-header__brand">
        <span className="app-header__title">Interview Studio</span>
        <span className="app-header__role">Patient Coordinator</span>
      </div>
      <button
        type="button"
        className="button app-header__menu"
        aria-expanded={menuOpen}
        aria-controls="main-nav"
        onClick={() => setMenuOpen((open) => !open)}
      >
        Menu
      </button>
      <nav id="main-nav" className={`nav ${menuOpen ? 'nav--open' : ''}`} aria-label="Main">
        {TABS.map(([name, label]) => (
          <button
            key={name}
            type="button"
            className={`nav__item ${active === name ? 'nav__item--current' : ''}`}
            aria-current={active === name ? 'page' : undefined}
            onClick={() => go({ name })}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          className="nav__item"
          onClick={() => {
            setMenuOpen(false);
            onHelp();
          }}
          aria-keyshortcuts="?"
        >
          <span className="nav__shortcuts-label">Shortcuts </span>
          <kbd aria-hidden="true">?</kbd>
        </button>
      </nav>
    </header>
  );
}
