import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { StoreNotice } from '../features/app-info/store-notice';
import { LogReviewScreen } from '../features/log-review/log-review-screen';
import { OverviewScreen } from '../features/overview/overview-screen';
import { LaterSection, NotFound } from '../features/placeholder/later-section';
import { applyTheme } from '../features/preferences/apply-theme';
import { AppHeader } from './app-header';
import { MainNav } from './main-nav';
import type { Route } from './routes';
import { useStores } from './stores';
import { useHashRoute } from './use-hash-route';

function Page({ route }: { readonly route: Route }) {
  if (route.kind === 'not-found') return <NotFound hash={route.hash} />;
  if (route.section.id === 'overview') return <OverviewScreen />;
  if (route.section.id === 'log-review') return <LogReviewScreen />;
  return <LaterSection section={route.section} />;
}

function routeKey(route: Route): string {
  return route.kind === 'section' ? route.section.id : `not-found:${route.hash}`;
}

export function App() {
  const { t } = useTranslation();
  const route = useHashRoute();
  const theme = useStore(useStores().preferences, (state) => state.theme);
  const shownKey = useRef<string | null>(null);

  useEffect(() => {
    applyTheme(document.documentElement, theme);
  }, [theme]);

  // After a navigation, focus moves to the new page's heading so screen readers announce it;
  // not on first load, so Tab starts at the top of the page.
  const key = routeKey(route);
  useEffect(() => {
    if (shownKey.current !== null && shownKey.current !== key) {
      document.getElementById('page-title')?.focus();
    }
    shownKey.current = key;
  }, [key]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <AppHeader />
      <div className="app-body">
        <MainNav route={route} />
        <main id="main" className="app-main" tabIndex={-1}>
          <StoreNotice />
          <Page route={route} />
        </main>
      </div>
    </div>
  );
}
