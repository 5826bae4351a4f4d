import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { COLOR_STYLE, OUTLINE_STYLE, partAt, type MarkStyle, type Part } from './compass-mark.js';
import { ICON_SIZES } from './icon-check.js';

/** The app's accent colour (manifest `accentColor`) and the needle's warm colour. */
export const ACCENT = '#1F4E8C';
const NEEDLE = '#F5A524';
const WHITE = '#FFFFFF';

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const SAMPLES = 4; // 4×4 supersampling for smooth edges

/** Renders the mark: `paint` gives each part's colour (undefined = background), coverage becomes blending or alpha. */
function render(size: number, style: MarkStyle, paint: (part: Part | undefined) => Rgb | undefined, background?: Rgb): PNG {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1)
    for (let x = 0; x < size; x += 1) {
      let [r, g, b, covered] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy += 1)
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const colour = paint(partAt((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size, style)) ?? background;
          if (!colour) continue;
          [r, g, b, covered] = [r + colour[0], g + colour[1], b + colour[2], covered + 1];
        }
      const i = (y * size + x) * 4;
      const total = SAMPLES * SAMPLES;
      const opaque = background !== undefined;
      png.data[i] = covered ? Math.round(r / covered) : 255;
      png.data[i + 1] = covered ? Math.round(g / covered) : 255;
      png.data[i + 2] = covered ? Math.round(b / covered) : 255;
      png.data[i + 3] = opaque ? 255 : Math.round((covered / total) * 255);
    }
  return png;
}

/** The 192×192 colour icon: white compass on the accent colour, needle head in amber. */
export function drawColorIcon(): Buffer {
  const colours: Record<Part, Rgb> = {
    ring: rgb(WHITE),
    tick: rgb(WHITE),
    needleHead: rgb(NEEDLE),
    needleTail: rgb(WHITE),
    hub: rgb(ACCENT),
  };
  return PNG.sync.write(render(ICON_SIZES.color, COLOR_STYLE, (part) => (part ? colours[part] : undefined), rgb(ACCENT)));
}

/** The 32×32 outline icon: the same compass, white on transparent (edges anti-aliased through alpha only). */
export function drawOutlineIcon(): Buffer {
  return PNG.sync.write(render(ICON_SIZES.outline, OUTLINE_STYLE, (part) => (part ? rgb(WHITE) : undefined)));
}

/** Writes both icons into a folder (the app package's). */
export function writeIcons(dir: string): void {
  fs.writeFileSync(path.join(dir, 'color.png'), drawColorIcon());
  fs.writeFileSync(path.join(dir, 'outline.png'), drawOutlineIcon());
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '..', '..', '..', 'appPackage');
  writeIcons(dir);
  process.stdout.write(`icons written to ${dir}\n`);
}
