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

export type Route =
  | { readonly kind: 'section'; readonly section: Section }
  | { readonly kind: 'not-found'; readonly hash: string };

/** Maps `location.hash` to a route; an empty hash is the overview. */
export function routeFromHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  const id = path === '' ? 'overview' : path;
  const section = sections.find((candidate) => candidate.id === id);
  return section ? { kind: 'section', section } : { kind: 'not-found', hash };
}

export function sectionHref(id: SectionId): string {
  return sections.find((section) => section.id === id)?.href ?? '#/overview';
}
