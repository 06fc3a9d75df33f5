import { useTranslation } from 'react-i18next';

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
