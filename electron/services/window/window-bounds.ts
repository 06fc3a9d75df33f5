/** A rectangle in screen coordinates (Electron's Rectangle, without importing electron). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SavedBounds {
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly width: number;
  readonly height: number;
}

export interface MinimumSize {
  readonly width: number;
  readonly height: number;
}

/**
 * How much of the window must lie on a display for the saved position to be kept: enough
 * of the title bar to grab it. Less than that and the window is treated as lost.
 */
export const minimumVisible = { width: 120, height: 40 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

function sizeFor(saved: SavedBounds, area: Rect, minimum: MinimumSize) {
  return {
    width: clamp(Math.round(saved.width), Math.min(minimum.width, area.width), area.width),
    height: clamp(Math.round(saved.height), Math.min(minimum.height, area.height), area.height),
  };
}

function centred(area: Rect, size: { width: number; height: number }): Rect {
  return {
    x: area.x + Math.floor((area.width - size.width) / 2),
    y: area.y + Math.floor((area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open the window: the saved bounds when they still fit a display, moved and shrunk
 * onto the display that holds most of them when they stick out, and centred on the primary
 * display (the first work area) when that display is gone or no position was saved. The
 * result always lies wholly inside one work area.
 */
export function fitBoundsToDisplays(
  saved: SavedBounds,
  workAreas: readonly Rect[],
  minimum: MinimumSize = { width: 720, height: 480 },
): Rect | SavedBounds {
  const primary = workAreas[0];
  if (primary === undefined) return saved;
  if (saved.x === undefined || saved.y === undefined) {
    return centred(primary, sizeFor(saved, primary, minimum));
  }
  const rect: Rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  let best: { area: Rect; visible: number } | null = null;
  for (const area of workAreas) {
    const shared = overlap(rect, area);
    const enough = shared.width >= minimumVisible.width && shared.height >= minimumVisible.height;
    const visible = shared.width * shared.height;
    if (enough && (best === null || visible > best.visible)) best = { area, visible };
  }
  if (best === null) return centred(primary, sizeFor(saved, primary, minimum));
  const { area } = best;
  const size = sizeFor(saved, area, minimum);
  return {
    x: clamp(Math.round(saved.x), area.x, area.x + area.width - size.width),
    y: clamp(Math.round(saved.y), area.y, area.y + area.height - size.height),
    ...size,
  };
}
