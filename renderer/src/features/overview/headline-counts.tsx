import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/ipc/schemas/tenant';
import { sectionHref, type SectionId } from '../../app/routes';
import { displayCount } from './format';

type CountKey = keyof Overview['counts'];

const headlines: ReadonlyArray<{ readonly key: CountKey; readonly section: SectionId }> = [
  { key: 'settings', section: 'settings' },
  { key: 'locationsOutsideCommitment', section: 'data-residency' },
  { key: 'pendingAccessRequests', section: 'access-requests' },
  { key: 'accessEventsLast30Days', section: 'access-events' },
];

export function HeadlineCounts({ counts }: { readonly counts: Overview['counts'] }) {
  const { t, i18n } = useTranslation('overview');
  return (
    <ul className="counts" aria-labelledby="headline-figures">
      {headlines.map(({ key, section }) => {
        const shown = displayCount(counts[key], t, i18n.language);
        return (
          <li key={key}>
            <a className="count-card" href={sectionHref(section)} data-count={key}>
              <span className="count-label">{t(`counts.${key}`)}</span>
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
