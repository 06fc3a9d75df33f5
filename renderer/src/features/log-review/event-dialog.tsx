import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { EventRecord } from '../../../../shared/ipc/schemas/logs';
import { useStores } from '../../app/stores';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { loadedValue } from './log-review-store';
import { useValueLabel } from './value-label';

function AnnotationForm({ record }: { readonly record: EventRecord }) {
  const { t } = useTranslation('logs');
  const store = useStores().logReview;
  const [flagged, setFlagged] = useState(record.row.flagged);
  const [tags, setTags] = useState(record.row.tags.join(', '));
  const [note, setNote] = useState(record.row.note ?? '');
  const [status, setStatus] = useState<
    { kind: 'saved' } | { kind: 'failed'; reason: string } | null
  >(null);
  return (
    <form
      className="annotation-form"
      onSubmit={(event) => {
        event.preventDefault();
        const tagList = tags
          .split(',')
          .map((tag) => tag.trim())
          .filter((tag) => tag !== '');
        void store
          .getState()
          .annotate({ flagged, tags: tagList, note: note.trim() === '' ? null : note })
          .then((error) => {
            setStatus(
              error === null ? { kind: 'saved' } : { kind: 'failed', reason: error.message },
            );
          });
      }}
    >
      <label className="checkbox">
        <input
          type="checkbox"
          checked={flagged}
          onChange={(event) => {
            setFlagged(event.target.checked);
          }}
        />
        {t('event.flag')}
      </label>
      <label>
        <span>{t('event.tags')}</span>
        <input
          type="text"
          value={tags}
          maxLength={2000}
          onChange={(event) => {
            setTags(event.target.value);
          }}
        />
      </label>
      <label>
        <span>{t('event.note')}</span>
        <textarea
          value={note}
          rows={3}
          maxLength={10_000}
          onChange={(event) => {
            setNote(event.target.value);
          }}
        />
      </label>
      <div className="inline-form">
        <button type="submit" className="button">
          {t('event.save')}
        </button>
        <span role="status">
          {status === null
            ? null
            : status.kind === 'saved'
              ? t('event.saved')
              : t('event.saveFailed', { reason: status.reason })}
        </span>
      </div>
    </form>
  );
}

function Fields({ record }: { readonly record: EventRecord }) {
  const { t, i18n } = useTranslation('logs');
  const valueLabel = useValueLabel();
  const row = record.row;
  const fields: readonly [string, string][] = [
    [
      t('table.columns.time'),
      row.time === null ? '' : formatDateTime(row.time, i18n.language, 'UTC'),
    ],
    [t('table.columns.actor'), row.actor ?? ''],
    [t('table.columns.actorKind'), valueLabel('actorKind', row.actorKind)],
    [t('table.columns.operation'), row.operation ?? ''],
    [t('table.columns.workload'), row.workload ?? ''],
    [t('table.columns.object'), row.object ?? ''],
    [t('table.columns.clientIp'), row.clientIp ?? ''],
    [t('table.columns.result'), valueLabel('result', row.result)],
    [t('table.columns.recordType'), row.recordType ?? ''],
    ...(row.purpose === null
      ? []
      : [[t('facets.columns.purpose'), row.purpose] as [string, string]]),
  ];
  return (
    <dl className="event-fields">
      {fields.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One event: its mapped fields, the original record pretty-printed, and the notes form. A
 * native modal <dialog> (focus kept inside, Escape closes, the page behind inert, focus back
 * where it was on close); a scroll-lock library would inject a <style> element, which the
 * app's Content Security Policy (style-src 'self') rightly refuses.
 */
export function EventDialog() {
  const { t, i18n } = useTranslation('logs');
  const store = useStores().logReview;
  const selected = useStore(store, (state) => state.selected);
  const record = selected === null ? null : loadedValue(selected.record);
  const ref = useRef<HTMLDialogElement>(null);
  const open = selected !== null;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="log-dialog"
      aria-labelledby="event-dialog-title"
      aria-describedby="event-dialog-description"
      onClose={() => {
        store.getState().closeEvent();
      }}
    >
      {open ? (
        <>
          <h2 id="event-dialog-title">
            {record === null
              ? t('event.loading')
              : t('event.title', {
                  recordNo: formatNumber(record.row.recordNo, i18n.language),
                  file: record.fileName,
                })}
          </h2>
          <p id="event-dialog-description" className="muted">
            {t('event.description')}
          </p>
          {selected.record.status === 'failed' ? (
            <p role="alert">{t('event.failed', { reason: selected.record.error.message })}</p>
          ) : null}
          {record === null ? null : (
            <div className="event-body">
              <section aria-labelledby="event-fields-heading">
                <h3 id="event-fields-heading">{t('event.fields')}</h3>
                <Fields record={record} />
                {/* Keyed by event, so the form starts from that event's notes. */}
                <AnnotationForm key={record.row.eventId} record={record} />
              </section>
              <section aria-labelledby="event-raw-heading" className="event-raw">
                <h3 id="event-raw-heading">{t('event.raw')}</h3>
                <pre tabIndex={0} aria-labelledby="event-raw-heading">
                  <code>{record.rawPretty}</code>
                </pre>
              </section>
            </div>
          )}
          <button
            type="button"
            className="button button-secondary log-dialog-close"
            onClick={() => {
              ref.current?.close();
            }}
          >
            {t('event.close')}
          </button>
        </>
      ) : null}
    </dialog>
  );
}
