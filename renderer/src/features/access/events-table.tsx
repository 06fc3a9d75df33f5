import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { classifyPurpose } from '../../../../shared/domain/access/purpose-rules';
import type { AccessEvent } from '../../../../shared/ipc/schemas/access-events';
import { useStores } from '../../app/stores';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { lastValue } from '../common/load';
import { categoryLabel, kindLabel, purposeLabel, resultLabel } from './access-format';

const rowHeight = 44;
/** The scroller's CSS height (.events-scroll, 28rem at 16px). */
const scrollerHeight = 448;
/** Start reading the next page this many rows before the end, so scrolling never waits. */
const prefetchRows = 60;

function PurposeCell({ purpose }: { readonly purpose: string }) {
  const { t } = useTranslation('access');
  const label = purposeLabel(purpose, t);
  return classifyPurpose(purpose) === 'permitted' ? (
    <>{label}</>
  ) : (
    <span className="purpose-prohibited">
      <span aria-hidden="true">⚠ </span>
      {t('purpose.prohibited', { purpose: label })}
    </span>
  );
}

function EventRow({
  event,
  index,
  start,
  selected,
  onSelect,
}: {
  readonly event: AccessEvent;
  readonly index: number;
  readonly start: number;
  readonly selected: boolean;
  readonly onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('access');
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      className={selected ? 'event-row event-row-selected' : 'event-row'}
      data-event={event.id}
      style={{ transform: `translateY(${String(start)}px)` }}
    >
      <span role="cell">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onSelect(event.id);
          }}
        >
          {formatDateTime(event.time, i18n.language)}
          <span className="visually-hidden"> · {event.id}</span>
        </button>
      </span>
      <span role="cell" title={event.actor}>
        {event.actor}
      </span>
      <span role="cell">{kindLabel(event.actorKind, t)}</span>
      <span role="cell">{categoryLabel(event.category, t)}</span>
      <span role="cell">
        <PurposeCell purpose={event.purpose} />
      </span>
      <span role="cell">{resultLabel(event.result, t)}</span>
      <span role="cell" title={event.resource}>
        {event.resource}
      </span>
    </div>
  );
}

/**
 * The events newest first, virtualised: only the rows in view are in the DOM, and the next page
 * is read from the provider as the end comes near, so 200,000 events never load at once.
 */
export function EventsTable() {
  const { t, i18n } = useTranslation('access');
  const store = useStores().accessEvents;
  const table = useStore(store, (s) => s.table);
  const total = lastValue(useStore(store, (s) => s.summary))?.total ?? null;
  const selectedId = useStore(store, (s) => s.selectedId);
  const locate = useStore(store, (s) => s.locate);
  const loadMore = useStore(store, (s) => s.loadMore);
  const select = useStore(store, (s) => s.select);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusedFor = useRef<string | null>(null);

  const rows = table.status === 'ready' ? table.rows : [];
  const hasMore = table.status === 'ready' && table.nextCursor !== null;
  // TanStack Virtual's API is not memoisable by the React Compiler; this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // The scroller's height is fixed in CSS (28rem): with it known up front the first render
    // already has rows, instead of waiting a frame for the element to be measured.
    initialRect: { width: 1000, height: scrollerHeight },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - prefetchRows) void loadMore();
  }, [hasMore, lastIndex, rows.length, loadMore]);

  // An alert led here: bring its event into view once, then put focus on it.
  const foundIndex =
    locate.status === 'found' ? rows.findIndex((row) => row.id === locate.eventId) : -1;
  useEffect(() => {
    if (foundIndex < 0 || locate.status !== 'found' || focusedFor.current === locate.eventId)
      return;
    focusedFor.current = locate.eventId;
    virtualizer.scrollToIndex(foundIndex, { align: 'center' });
    const id = locate.eventId;
    const focus = (tries: number) => {
      const button = scrollRef.current?.querySelector<HTMLButtonElement>(
        `[data-event="${CSS.escape(id)}"] button`,
      );
      if (button) button.focus();
      else if (tries > 0)
        requestAnimationFrame(() => {
          focus(tries - 1);
        });
    };
    requestAnimationFrame(() => {
      focus(10);
    });
  }, [foundIndex, locate, virtualizer]);

  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <section className="events-table-section" aria-labelledby="events-title">
      <h2 id="events-title">{t('table.title')}</h2>
      <p role="status" className="muted" data-testid="events-loaded">
        {table.status === 'loading' || table.status === 'idle' ? t('table.loading') : null}
        {table.status === 'ready' && total !== null && rows.length > 0
          ? hasMore
            ? t('table.loaded', { loaded: n(rows.length), total: n(total) })
            : t('table.allLoaded', { total: n(rows.length) })
          : null}
      </p>
      {table.status === 'failed' ? (
        <p role="alert" className="inline-error">
          {t('table.failed', { reason: table.error.message })}
        </p>
      ) : null}
      <div
        role="table"
        aria-label={t('table.label')}
        aria-rowcount={total === null ? -1 : total + 1}
        className="events-table"
        data-rows={rows.length}
      >
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className="event-row event-head">
            <span role="columnheader">{t('table.time')}</span>
            <span role="columnheader">{t('table.actor')}</span>
            <span role="columnheader">{t('table.actorKind')}</span>
            <span role="columnheader">{t('table.category')}</span>
            <span role="columnheader">{t('table.purpose')}</span>
            <span role="columnheader">{t('table.result')}</span>
            <span role="columnheader">{t('table.resource')}</span>
          </div>
        </div>
        <div
          ref={scrollRef}
          role="rowgroup"
          className="events-scroll"
          tabIndex={0}
          aria-label={t('table.label')}
        >
          {table.status === 'ready' && rows.length === 0 ? (
            <div role="row" className="event-row event-empty">
              <span role="cell">{t('table.empty')}</span>
            </div>
          ) : null}
          <div
            className="events-canvas"
            style={{ height: `${String(virtualizer.getTotalSize())}px` }}
          >
            {items.map((item) => {
              const event = rows[item.index];
              if (event === undefined) {
                return (
                  <div
                    key="more"
                    role="row"
                    className="event-row event-more"
                    style={{ transform: `translateY(${String(item.start)}px)` }}
                  >
                    <span role="cell">
                      {table.status === 'ready' && table.moreError !== null ? (
                        <>
                          {t('table.moreFailed', { reason: table.moreError.message })}{' '}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => void loadMore()}
                          >
                            {t('table.retry')}
                          </button>
                        </>
                      ) : (
                        t('table.loadingMore')
                      )}
                    </span>
                  </div>
                );
              }
              return (
                <EventRow
                  key={event.id}
                  event={event}
                  index={item.index}
                  start={item.start}
                  selected={event.id === selectedId}
                  onSelect={select}
                />
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
