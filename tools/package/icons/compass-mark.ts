/**
 * The Cap Mandat mark, as geometry in a unit square (0..1, y down): a compass ring with four ticks and a needle
 * pointing north-east ("cap" = the heading kept through the mandate). Pure functions: what covers a point.
 */
export type Part = 'ring' | 'tick' | 'needleHead' | 'needleTail' | 'hub';

/** Proportions; the outline icon uses thicker strokes so the mark survives 32 pixels. */
export interface MarkStyle {
  ringOuter: number;
  ringInner: number;
  needleLength: number;
  needleHalfWidth: number;
  ticks: boolean;
  hubRadius: number;
}

export const COLOR_STYLE: MarkStyle = {
  ringOuter: 0.4,
  ringInner: 0.345,
  needleLength: 0.29,
  needleHalfWidth: 0.085,
  ticks: true,
  hubRadius: 0.03,
};

export const OUTLINE_STYLE: MarkStyle = {
  ringOuter: 0.47,
  ringInner: 0.38,
  needleLength: 0.33,
  needleHalfWidth: 0.12,
  ticks: false,
  hubRadius: 0,
};

type Point = readonly [number, number];
const CENTER: Point = [0.5, 0.5];
const HEADING = [Math.SQRT1_2, -Math.SQRT1_2] as const; // north-east, y down

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  const d1 = cross(a, b, p);
  const d2 = cross(b, c, p);
  const d3 = cross(c, a, p);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function needle(style: MarkStyle): { tip: Point; tail: Point; left: Point; right: Point } {
  const [hx, hy] = HEADING;
  const [px, py] = [-hy, hx];
  const at = (along: number, across: number): Point => [
    CENTER[0] + hx * along + px * across,
    CENTER[1] + hy * along + py * across,
  ];
  return {
    tip: at(style.needleLength, 0),
    tail: at(-style.needleLength, 0),
    left: at(0, style.needleHalfWidth),
    right: at(0, -style.needleHalfWidth),
  };
}

function inTick(x: number, y: number, style: MarkStyle): boolean {
  const [dx, dy] = [x - CENTER[0], y - CENTER[1]];
  const inner = style.ringInner - 0.07;
  const halfWidth = 0.018;
  const onAxis = (along: number, across: number): boolean =>
    Math.abs(across) <= halfWidth && Math.abs(along) >= inner && Math.abs(along) <= style.ringInner;
  return onAxis(dx, dy) || onAxis(dy, dx);
}

/** Which part of the mark covers (x, y), the topmost one, or undefined for background. */
export function partAt(x: number, y: number, style: MarkStyle): Part | undefined {
  const p: Point = [x, y];
  const r = Math.hypot(x - CENTER[0], y - CENTER[1]);
  if (style.hubRadius > 0 && r <= style.hubRadius) return 'hub';
  const n = needle(style);
  if (inTriangle(p, n.tip, n.left, n.right)) return 'needleHead';
  if (inTriangle(p, n.tail, n.left, n.right)) return 'needleTail';
  if (r >= style.ringInner && r <= style.ringOuter) return 'ring';
  if (style.ticks && inTick(x, y, style)) return 'tick';
  return undefined;
}
