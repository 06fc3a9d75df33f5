export type Progress = number | 'indeterminate' | null;

/**
 * One taskbar / dock bar for several kinds of long work (an import, a push): each source
 * reports its own progress and the bar shows the most telling one: a known share over an
 * indeterminate one, nothing once every source has ended. A push ending never clears the bar
 * of an import still running.
 */
export function combineTaskProgress(
  show: (progress: Progress) => void,
): (source: string) => (progress: Progress) => void {
  const current = new Map<string, Exclude<Progress, null>>();
  let shown: Progress = null;
  const update = () => {
    const values = [...current.values()];
    const known = values.filter((v): v is number => typeof v === 'number');
    const next: Progress =
      known.length > 0 ? Math.min(...known) : values.length > 0 ? 'indeterminate' : null;
    if (next === shown) return;
    shown = next;
    show(next);
  };
  return (source) => (progress) => {
    if (progress === null) current.delete(source);
    else current.set(source, progress);
    update();
  };
}
