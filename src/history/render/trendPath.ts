export interface TrendBox {
  readonly width: number;
  readonly height: number;
  /** room kept on every side, so dots and strokes are not clipped */
  readonly pad: number;
}

export interface TrendPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * SVG path data for a series drawn in `box`: x spreads the reports evenly,
 * y scales the values between their minimum (bottom) and maximum (top); a
 * flat series sits in the middle. A null value breaks the line, so the next
 * value starts a new sub-path. Coordinates have one decimal. Pure.
 */
export function trendPath(values: readonly (number | null)[], box: TrendBox): { d: string; points: TrendPoint[] } {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (numbers.length === 0) return { d: '', points: [] };
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const innerW = box.width - 2 * box.pad;
  const innerH = box.height - 2 * box.pad;
  const step = values.length > 1 ? innerW / (values.length - 1) : 0;
  const points: TrendPoint[] = [];
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    const x = values.length > 1 ? box.pad + i * step : box.width / 2;
    const y = max === min ? box.height / 2 : box.pad + ((max - value) / (max - min)) * innerH;
    const point = { x: round(x), y: round(y) };
    points.push(point);
    parts.push(`${drawing ? 'L' : 'M'}${point.x} ${point.y}`);
    drawing = true;
  });
  return { d: parts.join(' '), points };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
