import { describe, expect, it } from 'vitest';
import { routeFromHash, sectionHref, sections } from '../../../renderer/src/app/routes';

describe('routeFromHash', () => {
  it('opens the overview on an empty hash', () => {
    for (const hash of ['', '#', '#/']) {
      const route = routeFromHash(hash);
      expect(route.kind === 'section' && route.section.id).toBe('overview');
    }
  });

  it('maps every section link back to its own section', () => {
    expect(sections.map((section) => section.id)).toEqual([
      'overview',
      'settings',
      'data-residency',
      'access-events',
      'access-requests',
      'log-review',
      'connections',
    ]);
    for (const section of sections) {
      expect(routeFromHash(section.href)).toEqual({ kind: 'section', section });
      expect(routeFromHash(`${section.href}/`)).toEqual({ kind: 'section', section });
      expect(sectionHref(section.id)).toBe(section.href);
    }
  });

  it('reports an unknown hash as not found', () => {
    expect(routeFromHash('#/nowhere')).toEqual({ kind: 'not-found', hash: '#/nowhere' });
    expect(routeFromHash('#main')).toEqual({ kind: 'not-found', hash: '#main' });
  });
});
