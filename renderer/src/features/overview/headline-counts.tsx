import type { Overview } from '../../../../shared/ipc/schemas/tenant';
import { sectionHref, type SectionId } from '../../app/routes';
import { displayCount } from './format';

type CountKey = keyof Overview['counts'];

const headlines: ReadonlyArray<{
  readonly key: CountKey;
  readonly label: string;
  readonly section: SectionId;
}> = [
  { key: 'settings', label: 'Settings', section: 'settings' },
  {
    key: 'locationsOutsideCommitment',
    label: 'Locations outside the commitment',
    section: 'data-residency',
  },
  { key: 'pendingAccessRequests', label: 'Pending access requests', section: 'access-requests' },
  {
    key: 'accessEventsLast30Days',
    label: 'Access events in the last 30 days',
    section: 'access-events',
  },
];

export function HeadlineCounts({ counts }: { readonly counts: Overview['counts'] }) {
  return (
    <ul className="counts" aria-labelledby="headline-figures">
      {headlines.map(({ key, label, section }) => {
        const shown = displayCount(counts[key]);
        return (
          <li key={key}>
            <a className="count-card" href={sectionHref(section)} data-count={key}>
              <span className="count-label">{label}</span>
              <span className={shown.kind === 'number' ? 'count-value' : 'count-reason'}>
                {shown.text}
              </span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
