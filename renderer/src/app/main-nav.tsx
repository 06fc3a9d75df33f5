import { useTranslation } from 'react-i18next';
import { sections, type Route } from './routes';

export function MainNav({ route }: { readonly route: Route }) {
  const { t } = useTranslation();
  const current = route.kind === 'section' ? route.section.id : null;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={section.href} aria-current={section.id === current ? 'page' : undefined}>
              {t(`nav.${section.id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
