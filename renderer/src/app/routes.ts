// Hash routes keep the renderer a static bundle: app:// and the harness serve one index.html.

export type SectionId =
  | 'overview'
  | 'settings'
  | 'data-residency'
  | 'access-events'
  | 'access-requests'
  | 'log-review'
  | 'connections';

export interface Section {
  readonly id: SectionId;
  readonly href: `#/${string}`;
}

export const sections: readonly Section[] = [
  {
    id: 'overview',
    href: '#/overview',
  },
  {
    id: 'settings',
    href: '#/settings',
  },
  {
    id: 'data-residency',
    href: '#/data-residency',
  },
  {
    id: 'access-events',
    href: '#/access-events',
  },
  {
    id: 'access-requests',
    href: '#/access-requests',
  },
  {
    id: 'log-review',
    href: '#/log-review',
  },
  {
    id: 'connections',
    href: '#/connections',
  },
];

/** Screens outside the section navigation, reached from the header and the app menu. */
export type PageId = 'preferences';

export interface Page {
  readonly id: PageId;
  readonly href: `#/${string}`;
}

export const pages: readonly Page[] = [{ id: 'preferences', href: '#/preferences' }];

export type Route =
  | { readonly kind: 'section'; readonly section: Section }
  | { readonly kind: 'page'; readonly page: Page }
  | { readonly kind: 'not-found'; readonly hash: string };

/** Maps `location.hash` to a route; an empty hash is the overview. */
export function routeFromHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  const id = path === '' ? 'overview' : path;
  const section = sections.find((candidate) => candidate.id === id);
  if (section) return { kind: 'section', section };
  const page = pages.find((candidate) => candidate.id === id);
  return page ? { kind: 'page', page } : { kind: 'not-found', hash };
}

/** A stable name for the route shown (focus handling, the menu's Export). */
export function routeKey(route: Route): string {
  switch (route.kind) {
    case 'section':
      return route.section.id;
    case 'page':
      return route.page.id;
    case 'not-found':
      return `not-found:${route.hash}`;
  }
}

/** The href of a section or page by id, if the app has it (e.g. a connections section). */
export function findRouteHref(id: string): string | null {
  return (
    sections.find((section) => section.id === id)?.href ??
    pages.find((page) => page.id === id)?.href ??
    null
  );
}

export function sectionHref(id: SectionId): string {
  return sections.find((section) => section.id === id)?.href ?? '#/overview';
}
