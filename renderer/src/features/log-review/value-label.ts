import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, RESULTS, type FacetColumn } from '../../../../shared/ipc/schemas/logs';

/** How a facet value reads: result and actor kind in words, everything else as it is. */
export function useValueLabel(): (column: FacetColumn, value: string | null) => string {
  const { t } = useTranslation('logs');
  return (column, value) => {
    if (value === null || value === '') return t('facets.empty');
    if (column === 'result') {
      const result = RESULTS.find((r) => r === value);
      if (result !== undefined) return t(`values.result.${result}`);
    }
    if (column === 'actorKind') {
      const kind = ACTOR_KINDS.find((k) => k === value);
      if (kind !== undefined) return t(`values.actorKind.${kind}`);
    }
    return value;
  };
}
