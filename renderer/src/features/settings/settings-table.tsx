import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategory, Setting } from '../../../../shared/ipc/schemas/settings';
import { useStores } from '../../app/stores';
import { filterCatalogue, valueOf } from './catalogue-filter';
import { lastCatalogue, type StagedEntry } from './settings-state';
import { useSettings } from './use-settings';

export function CategoryList({
  categories,
  t,
}: {
  readonly categories: readonly DataCategory[];
  readonly t: TFunction<'settings'>;
}) {
  if (categories.length === 0) return <span className="muted">{t('table.feedsNothing')}</span>;
  return (
    <ul className="category-list">
      {categories.map((category) => (
        <li key={category} className={`category category-${category}`}>
          {t(`categories.${category}`)}
        </li>
      ))}
    </ul>
  );
}

interface RowProps {
  /** Passed down (not a hook per row): the catalogue renders in one pass. */
  readonly t: TFunction<'settings'>;
  readonly setting: Setting;
  readonly staged: StagedEntry | undefined;
  readonly onStage: (settingId: string, value: string) => void;
  readonly onUndo: (settingId: string) => void;
}

const SettingRow = memo(function SettingRow({ t, setting, staged, onStage, onUndo }: RowProps) {
  const current = valueOf(setting, setting.currentValue);
  const next = staged ? valueOf(setting, staged.value) : undefined;
  const isDefault = setting.currentValue === setting.defaultValue;
  const selectId = `stage-${setting.id}`;
  return (
    <tr data-setting-id={setting.id} className={staged ? 'is-staged' : undefined}>
      <th scope="row">
        <span className="setting-title">{setting.title}</span> <code>{setting.id}</code>
        <span className="setting-description muted">{setting.description}</span>
      </th>
      <td data-column="current">
        <span className="value-label">{current?.label ?? setting.currentValue}</span>{' '}
        <span className={`badge ${isDefault ? 'badge-pending' : 'badge-warning'}`}>
          {isDefault ? t('table.isDefault') : t('table.changedFromDefault')}
        </span>
      </td>
      <td data-column="sends">
        {current?.sends ?? ''}
        {next ? <span className="staged-sends">→ {next.sends}</span> : null}
      </td>
      <td data-column="feeds">
        <CategoryList categories={current?.feeds ?? []} t={t} />
      </td>
      <td data-column="change">
        <label className="visually-hidden" htmlFor={selectId}>
          {t('table.newValueFor', { title: setting.title })}
        </label>
        <select
          id={selectId}
          value={staged?.value ?? setting.currentValue}
          onChange={(event) => {
            onStage(setting.id, event.target.value);
          }}
        >
          {setting.values.map((v) => (
            <option key={v.value} value={v.value}>
              {v.value === setting.currentValue
                ? t('table.currentMark', { label: v.label })
                : v.label}
            </option>
          ))}
        </select>
        {staged ? (
          <span className="staged-mark">
            <span className="badge badge-ok">{t('table.staged')}</span>
            <button
              type="button"
              className="link-button"
              aria-label={t('table.undoFor', { title: setting.title })}
              onClick={() => {
                onUndo(setting.id);
              }}
            >
              {t('table.undo')}
            </button>
          </span>
        ) : null}
      </td>
    </tr>
  );
});

/** The catalogue grouped by product, each row with its value, what it sends and what it feeds. */
export function SettingsTable() {
  const { t } = useTranslation('settings');
  const store = useStores().settings;
  const load = useSettings((s) => s.catalogue);
  const filters = useSettings((s) => s.filters);
  const staged = useSettings((s) => s.staged);
  const settings = lastCatalogue(load)?.settings ?? [];
  const groups = filterCatalogue(settings, filters);
  const { stage, unstage } = store.getState();

  if (groups.length === 0) return <p className="panel">{t('filters.none')}</p>;
  return (
    <div className="settings-groups" data-testid="settings-catalogue">
      {groups.map((group) => {
        const headingId = `group-${group.product}`;
        return (
          <section key={group.product} className="settings-group" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t('table.group', {
                product: t(`products.${group.product}`),
                count: group.settings.length,
              })}
            </h2>
            <table className="settings-table" aria-labelledby={headingId}>
              <colgroup>
                <col className="col-setting" />
                <col className="col-current" />
                <col className="col-sends" />
                <col className="col-feeds" />
                <col className="col-change" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('table.setting')}</th>
                  <th scope="col">{t('table.current')}</th>
                  <th scope="col">{t('table.sends')}</th>
                  <th scope="col">{t('table.feeds')}</th>
                  <th scope="col">{t('table.change')}</th>
                </tr>
              </thead>
              <tbody>
                {group.settings.map((setting) => (
                  <SettingRow
                    key={setting.id}
                    t={t}
                    setting={setting}
                    staged={staged[setting.id]}
                    onStage={stage}
                    onUndo={unstage}
                  />
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
