import type { Section } from '../../app/routes';

/** An honest placeholder: the section is named and described, with no figures it cannot back. */
export function LaterSection({ section }: { readonly section: Section }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {section.label}
      </h1>
      <div className="panel">
        <p>{section.purpose}</p>
        <p className="muted">This section arrives in a later release.</p>
      </div>
    </section>
  );
}

export function NotFound({ hash }: { readonly hash: string }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        Page not found
      </h1>
      <div className="panel">
        <p>
          There is no page at <code>{hash}</code>. <a href="#/overview">Go to the overview</a>.
        </p>
      </div>
    </section>
  );
}
