import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { EventRow, SortColumn } from '../../../../shared/ipc/schemas/logs';
import { useStores } from '../../app/stores';
import { formatDateTimeShort } from '../../i18n/format';
import { rowTop, scrollScale, toReal, toVirtual, type ScrollScale } from './scaled-scroll';
import { useRowCache } from './use-row-cache';
import { useValueLabel } from './value-label';

const ROW_HEIGHT = 28;
const BODY_HEIGHT = 448;
const COLUMNS = [
  'time',
  'actor',
  'actorKind',
  'operation',
  'workload',
  'object',
  'clientIp',
  'result',
  'recordType',
] as const satisfies readonly SortColumn[];

function Cells({ row }: { readonly row: EventRow }) {
  const { t, i18n } = useTranslation('logs');
  const valueLabel = useValueLabel();
  const text = (value: string | null) => value ?? '';
  return (
    <>
      <span role="gridcell" className="cell-flag">
        {row.flagged ? (
          <span aria-label={t('table.flagged')} title={t('table.flagged')}>
            ⚑
          </span>
        ) : null}
        {row.note !== null ? (
          <span aria-label={t('table.noted')} title={t('table.noted')}>
            ✎
          </span>
        ) : null}
      </span>
      <span role="gridcell">
        {row.time === null ? '' : formatDateTimeShort(row.time, i18n.language, 'UTC')}
      </span>
      <span role="gridcell">{text(row.actor)}</span>
      <span role="gridcell">{valueLabel('actorKind', row.actorKind)}</span>
      <span role="gridcell">{text(row.operation)}</span>
      <span role="gridcell">{text(row.workload)}</span>
      <span role="gridcell">{text(row.object)}</span>
      <span role="gridcell">{text(row.clientIp)}</span>
      <span role="gridcell" data-result={row.result}>
        {valueLabel('result', row.result)}
      </span>
      <span role="gridcell">{text(row.recordType)}</span>
    </>
  );
}

/**
 * The events of the view as a virtualised grid: only the rows in sight are in the DOM, and
 * only the pages around them on the JS heap. Past 8 million px the scroll is scaled (see
 * scaled-scroll.ts). Arrow keys, Page Up/Down and Home/End move; Enter opens the record.
 */
export function EventTable() {
  const { t } = useTranslation('logs');
  const store = useStores().logReview;
  const rows = useStore(store, (state) => state.rows);
  const sort = useStore(store, (state) => state.sort);
  const filters = useStore(store, (state) => state.filters);
  useRowCache(rows);
  const count = rows.total() ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const scale = useRef<ScrollScale>({ spacerPx: 0, scale: 1 });
  scale.current = scrollScale(count * ROW_HEIGHT, BODY_HEIGHT);
  const [active, setActive] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const focusWanted = useRef(false);

  // TanStack Virtual hands back new functions on every render by design; this component is
  // not memoised by the React compiler, which is what the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 0, height: BODY_HEIGHT },
    observeElementOffset: (instance, report) => {
      const element = instance.scrollElement;
      if (element === null) return undefined;
      let idle: ReturnType<typeof setTimeout> | undefined;
      const onScroll = () => {
        setScrollTop(element.scrollTop);
        report(toVirtual(element.scrollTop, scale.current), true);
        clearTimeout(idle);
        idle = setTimeout(() => {
          report(toVirtual(element.scrollTop, scale.current), false);
        }, 150);
      };
      report(toVirtual(element.scrollTop, scale.current), false);
      element.addEventListener('scroll', onScroll, { passive: true });
      return () => {
        clearTimeout(idle);
        element.removeEventListener('scroll', onScroll);
      };
    },
    scrollToFn: (offset, { adjustments, behavior }, instance) => {
      instance.scrollElement?.scrollTo({
        top: toReal(offset + (adjustments ?? 0), scale.current),
        ...(behavior === undefined ? {} : { behavior }),
      });
    },
    // The active row stays rendered (and focusable) even when scrolled away.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return active < count && !indexes.includes(active)
        ? [...indexes, active].sort((a, b) => a - b)
        : indexes;
    },
  });

  // A new view starts at the top.
  const version = `${JSON.stringify(filters)}|${sort.column}|${sort.direction}`;
  useEffect(() => {
    setActive(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [version]);

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    document.getElementById(`event-row-${String(active)}`)?.focus({ preventScroll: true });
  });

  const move = (to: number) => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    focusWanted.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const open = (index: number) => {
    const row = rows.row(index);
    if (row !== undefined) void store.getState().openEvent(row.eventId);
  };
  const page = Math.max(1, Math.floor(BODY_HEIGHT / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => {
        move(active + 1);
      },
      ArrowUp: () => {
        move(active - 1);
      },
      PageDown: () => {
        move(active + page);
      },
      PageUp: () => {
        move(active - page);
      },
      Home: () => {
        move(0);
      },
      End: () => {
        move(count - 1);
      },
      Enter: () => {
        open(active);
      },
    };
    const action = keys[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  };

  const ariaSort = (column: SortColumn) =>
    sort.column !== column ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';

  return (
    <div
      role="grid"
      className="event-grid"
      aria-label={t('table.label')}
      aria-describedby="event-grid-help"
      aria-rowcount={count + 1}
      aria-colcount={COLUMNS.length + 1}
    >
      <p id="event-grid-help" className="visually-hidden">
        {t('table.keyboard')}
      </p>
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row">
          <span role="columnheader">
            <span className="visually-hidden">{t('table.columns.flag')}</span>
          </span>
          {COLUMNS.map((column) => (
            <span role="columnheader" key={column} aria-sort={ariaSort(column)}>
              <button
                type="button"
                className="sort-button"
                aria-label={t('table.sortBy', { column: t(`table.columns.${column}`) })}
                onClick={() => {
                  store.getState().sortBy(column);
                }}
              >
                {t(`table.columns.${column}`)}
                <span aria-hidden="true">
                  {sort.column === column ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </span>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={scrollRef}
        className="grid-body"
        style={{ height: BODY_HEIGHT }}
        onKeyDown={onKeyDown}
      >
        {count === 0 && rows.total() !== null ? (
          <p className="grid-empty">{t('table.empty')}</p>
        ) : null}
        <div className="grid-spacer" style={{ height: scale.current.spacerPx }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows.row(item.index);
            return (
              <div
                role="row"
                key={item.key}
                id={`event-row-${String(item.index)}`}
                aria-rowindex={item.index + 2}
                aria-selected={item.index === active}
                tabIndex={item.index === active ? 0 : -1}
                className={`grid-row grid-data${row?.flagged === true ? ' is-flagged' : ''}`}
                data-event-id={row?.eventId}
                style={{ top: rowTop(item.start, scrollTop, scale.current), height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(item.index);
                  open(item.index);
                }}
                onFocus={() => {
                  if (item.index !== active) setActive(item.index);
                }}
              >
                {row === undefined ? (
                  <span role="gridcell" className="loading-cell">
                    {t('table.loadingRow')}
                  </span>
                ) : (
                  <Cells row={row} />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
