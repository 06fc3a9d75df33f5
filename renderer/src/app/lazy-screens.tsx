import { lazy } from 'react';

// The map and chart libraries are large: their screens load on first visit, keeping the
// overview's start fast.
export const ResidencyScreen = lazy(() =>
  import('../features/residency/residency-screen').then((m) => ({ default: m.ResidencyScreen })),
);
type AccessEventsModule = typeof import('../features/access/access-events-screen');
let accessEvents: AccessEventsModule | null = null;
/** Fetches the access view's code ahead of need (it is small; the chart loads on its own). */
export const preloadAccessEvents = () =>
  import('../features/access/access-events-screen').then((m) => (accessEvents = m));
const AccessEventsScreen = lazy(() =>
  preloadAccessEvents().then((m) => ({ default: m.AccessEventsScreen })),
);
export const AccessRequestsScreen = lazy(() =>
  import('../features/access/access-requests-screen').then((m) => ({
    default: m.AccessRequestsScreen,
  })),
);

/** The access view: rendered at once when its code is already here, without a Suspense trip. */
export function AccessEventsPage() {
  return accessEvents ? <accessEvents.AccessEventsScreen /> : <AccessEventsScreen />;
}

// The log review's virtualised grid and histogram are only needed by auditors who open it.
export const LogReviewScreen = lazy(() =>
  import('../features/log-review/log-review-screen').then((m) => ({
    default: m.LogReviewScreen,
  })),
);
