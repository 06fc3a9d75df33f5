import { useTranslation } from 'react-i18next';
import type { Section } from '../../app/routes';

/** An honest placeholder: the section is named and described, with no figures it cannot back. */
export function LaterSection({ section }: { readonly section: Section }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t(`nav.${section.id}`)}
      </h1>
      <div className="panel">
        <p>{t(`purpose.${section.id}`)}</p>
        <p className="muted">{t('later')}</p>
      </div>
    </section>
  );
}

export function NotFound({ hash }: { readonly hash: string }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <div className="panel">
        <p>
          {t('notFound.body')} <code>{hash}</code>. <a href="#/overview">{t('notFound.back')}</a>.
        </p>
      </div>
    </section>
  );
}
