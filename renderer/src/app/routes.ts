// Hash routes keep the renderer a static bundle: app:// and the harness serve one index.html.

export type SectionId =
  'overview' | 'settings' | 'data-residency' | 'access-events' | 'access-requests' | 'log-review';

export interface Section {
  readonly id: SectionId;
  readonly label: string;
  readonly href: `#/${string}`;
  /** What the section will do; shown until it ships so no screen pretends to have data. */
  readonly purpose: string;
}

export const sections: readonly Section[] = [
  {
    id: 'overview',
    label: 'Overview',
    href: '#/overview',
    purpose: 'The tenant at a glance.',
  },
  {
    id: 'settings',
    label: 'Settings',
    href: '#/settings',
    purpose:
      'The diagnostic and telemetry settings of each product, their current values and what each value sends.',
  },
  {
    id: 'data-residency',
    label: 'Data residency',
    href: '#/data-residency',
    purpose:
      'Where each data category of each service lives, held against the residency commitment.',
  },
  {
    id: 'access-events',
    label: 'Access events',
    href: '#/access-events',
    purpose: 'Who accessed the tenant’s data, when and for which purpose.',
  },
  {
    id: 'access-requests',
    label: 'Access requests',
    href: '#/access-requests',
    purpose: 'Requests from the provider’s engineers to access data, to approve or deny.',
  },
  {
    id: 'log-review',
    label: 'Log review',
    href: '#/log-review',
    purpose: 'Exported access logs reviewed offline: filter, annotate and export findings.',
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
