import { useTranslation } from 'react-i18next';

/** Shown instead of the app when the shell's API is missing or incompatible. */
export function BridgeErrorScreen({
  reason,
  missing,
}: {
  readonly reason: 'absent' | 'incompatible';
  readonly missing: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <main className="bridge-error">
      <h1>{t('bridgeError.title')}</h1>
      <div className="banner banner-danger" role="alert">
        <p>{t(`bridgeError.${reason}`)}</p>
      </div>
      {missing.length > 0 ? (
        <details>
          <summary>{t('bridgeError.missing', { count: missing.length })}</summary>
          <ul>
            {missing.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p>{t('bridgeError.advice')}</p>
    </main>
  );
}
