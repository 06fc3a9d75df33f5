import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import {
  accessResults,
  actorKinds,
  dataCategories,
  purposes,
  type EventFilter,
} from '../../../../shared/ipc/schemas/access-events';
import { useStores } from '../../app/stores';
import { categoryLabel, kindLabel, purposeLabel, resultLabel } from './access-format';
import { daysRange, presetRange, rangeDays, rangePresets, type RangePreset } from './event-range';

function Choice<V extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  readonly label: string;
  readonly value: V | undefined;
  readonly options: readonly V[];
  readonly optionLabel: (value: V) => string;
  readonly onChange: (value: V | undefined) => void;
}) {
  const { t } = useTranslation('access');
  const id = useId();
  return (
    <span className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          const chosen = options.find((option) => option === e.target.value);
          onChange(chosen);
        }}
      >
        <option value="">{t('filters.any')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Every filter narrows the table and the timeline together (one store action reloads both). */
export function EventFilters() {
  const { t } = useTranslation('access');
  const store = useStores().accessEvents;
  const filter = useStore(store, (s) => s.filter);
  const range = useStore(store, (s) => s.range);
  const applyFilter = useStore(store, (s) => s.applyFilter);
  const [actor, setActor] = useState(filter.actor ?? '');
  const [days, setDays] = useState(rangeDays(filter));
  const [rangeError, setRangeError] = useState(false);
  const ids = { range: useId(), from: useId(), to: useId(), actor: useId(), hint: useId() };

  // The filter also changes from outside (an alert leads to its event): follow it, adjusting
  // the drafts while rendering as React advises rather than in an effect.
  const [seen, setSeen] = useState(filter);
  if (seen !== filter) {
    setSeen(filter);
    setActor(filter.actor ?? '');
    setDays(rangeDays(filter));
    setRangeError(false);
  }

  const apply = (patch: Partial<EventFilter>, nextRange: RangePreset = range) =>
    void applyFilter({ ...filter, ...patch }, nextRange);

  const applyDays = (fromDay: string, toDay: string) => {
    setDays({ fromDay, toDay });
    const next = daysRange(fromDay, toDay);
    setRangeError(next === null);
    if (next !== null) apply(next, 'custom');
  };

  return (
    <form
      className="filters event-filters"
      aria-label={t('filters.label')}
      onSubmit={(e) => {
        e.preventDefault();
        apply({ actor: actor.trim() === '' ? undefined : actor.trim() });
      }}
    >
      <span className="filter-field">
        <label htmlFor={ids.range}>{t('filters.range')}</label>
        <select
          id={ids.range}
          value={range}
          onChange={(e) => {
            const preset = rangePresets.find((p) => p === e.target.value) ?? 'all';
            if (preset === 'custom') {
              void applyFilter(filter, 'custom');
              return;
            }
            apply(presetRange(preset, new Date()), preset);
          }}
        >
          {rangePresets.map((preset) => (
            <option key={preset} value={preset}>
              {t(`filters.ranges.${preset}`)}
            </option>
          ))}
        </select>
      </span>
      {range === 'custom' ? (
        <>
          <span className="filter-field">
            <label htmlFor={ids.from}>{t('filters.from')}</label>
            <input
              id={ids.from}
              type="date"
              value={days.fromDay}
              onChange={(e) => {
                applyDays(e.target.value, days.toDay);
              }}
            />
          </span>
          <span className="filter-field">
            <label htmlFor={ids.to}>{t('filters.to')}</label>
            <input
              id={ids.to}
              type="date"
              value={days.toDay}
              aria-invalid={rangeError}
              onChange={(e) => {
                applyDays(days.fromDay, e.target.value);
              }}
            />
          </span>
        </>
      ) : null}
      <span className="filter-field filter-actor">
        <label htmlFor={ids.actor}>{t('filters.actor')}</label>
        <input
          id={ids.actor}
          type="search"
          value={actor}
          aria-describedby={ids.hint}
          onChange={(e) => {
            setActor(e.target.value);
          }}
          onBlur={() => {
            const wanted = actor.trim() === '' ? undefined : actor.trim();
            if (wanted !== filter.actor) apply({ actor: wanted });
          }}
        />
        <span id={ids.hint} className="hint">
          {t('filters.actorHint')}
        </span>
      </span>
      <Choice
        label={t('filters.actorKind')}
        value={filter.actorKind}
        options={actorKinds}
        optionLabel={(v) => kindLabel(v, t)}
        onChange={(actorKind) => {
          apply({ actorKind });
        }}
      />
      <Choice
        label={t('filters.category')}
        value={filter.category}
        options={dataCategories}
        optionLabel={(v) => categoryLabel(v, t)}
        onChange={(category) => {
          apply({ category });
        }}
      />
      <Choice
        label={t('filters.purpose')}
        value={filter.purpose}
        options={purposes}
        optionLabel={(v) => purposeLabel(v, t)}
        onChange={(purpose) => {
          apply({ purpose });
        }}
      />
      <Choice
        label={t('filters.result')}
        value={filter.result}
        options={accessResults}
        optionLabel={(v) => resultLabel(v, t)}
        onChange={(result) => {
          apply({ result });
        }}
      />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void applyFilter({}, 'all')}
      >
        {t('filters.clear')}
      </button>
      {rangeError ? (
        <p role="alert" className="inline-error">
          {t('filters.invalidRange')}
        </p>
      ) : null}
    </form>
  );
}
