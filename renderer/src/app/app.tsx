import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { StoreNotice } from '../features/app-info/store-notice';
import { ConnectionsScreen } from '../features/connections/connections-screen';
import { OverviewScreen } from '../features/overview/overview-screen';
import { NotFound } from '../features/placeholder/not-found';
import { applyLanguage } from '../features/preferences/apply-language';
import { applyTheme } from '../features/preferences/apply-theme';
import { PreferencesScreen } from '../features/preferences/preferences-screen';
import { CommandNoticeBanner } from '../features/shell/command-notice-banner';
import { SettingsScreen } from '../features/settings/settings-screen';
import { UnfinishedPushDialog } from '../features/settings/unfinished-push-dialog';
import { AppHeader } from './app-header';
import {
  AccessEventsPage,
  AccessRequestsScreen,
  LogReviewScreen,
  ResidencyScreen,
} from './lazy-screens';
import { MainNav } from './main-nav';
import { routeKey, type Route } from './routes';
import { useStores } from './stores';
import { useHashRoute } from './use-hash-route';

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('connection.checking')}
    </p>
  );
}

function Page({ route }: { readonly route: Route }) {
  if (route.kind === 'not-found') return <NotFound hash={route.hash} />;
  if (route.kind === 'page') return <PreferencesScreen />;
  switch (route.section.id) {
    case 'overview':
      return <OverviewScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'connections':
      return <ConnectionsScreen />;
    case 'data-residency':
      return <ResidencyScreen />;
    case 'access-events':
      return <AccessEventsPage />;
    case 'access-requests':
      return <AccessRequestsScreen />;
    case 'log-review':
      return <LogReviewScreen />;
  }
}

function openSettings(): void {
  window.location.hash = '#/settings';
}

export function App() {
  const { t, i18n } = useTranslation();
  const route = useHashRoute();
  const preferences = useStores().preferences;
  const theme = useStore(preferences, (state) => state.theme);
  const language = useStore(preferences, (state) => state.language);
  const shownKey = useRef<string | null>(null);

  useEffect(() => {
    applyTheme(document.documentElement, theme);
  }, [theme]);

  useEffect(() => {
    applyLanguage(i18n, document.documentElement, language, navigator.languages);
  }, [i18n, language]);

  // After a navigation, focus moves to the new page's heading so screen readers announce it;
  // not on first load, so Tab starts at the top of the page.
  const key = routeKey(route);
  useEffect(() => {
    const navigated = shownKey.current !== null && shownKey.current !== key;
    shownKey.current = key;
    if (!navigated) return;
    // A lazily loaded page may not be there yet (Suspense keeps the old one, hidden, until it
    // is): focus the visible heading as soon as there is one.
    const focusTitle = (): boolean => {
      const title = document.getElementById('page-title');
      if (!title?.checkVisibility()) return false;
      title.focus();
      return true;
    };
    if (focusTitle()) return;
    const main = document.getElementById('main');
    if (!main) return;
    // Checking visibility lays the page out: at most once a frame, however many mutations.
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (focusTitle()) observer.disconnect();
      });
    });
    observer.observe(main, { childList: true, subtree: true, attributes: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
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
          <CommandNoticeBanner />
          <Suspense fallback={<PageLoading />}>
            <Page route={route} />
          </Suspense>
        </main>
      </div>
      {/* Asked wherever the app starts: an unfinished push is never forgotten. */}
      <UnfinishedPushDialog onResume={openSettings} />
    </div>
  );
}
