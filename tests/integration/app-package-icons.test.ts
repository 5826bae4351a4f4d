import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { checkColorIcon, checkOutlineIcon, decodePng } from '../../tools/package/icons/icon-check.js';
import { drawColorIcon, drawOutlineIcon } from '../../tools/package/icons/draw-icons.js';

const APP = path.join(__dirname, '..', '..', 'appPackage');
const read = (name: string): PNG => PNG.sync.read(fs.readFileSync(path.join(APP, name)));

describe('app icons', () => {
  it('color.png is 192×192 and shows a mark on the accent colour', () => {
    const color = read('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const manifest = JSON.parse(fs.readFileSync(path.join(APP, 'manifest.json'), 'utf8'));
    const accent = Number.parseInt(manifest.accentColor.slice(1), 16);
    expect([color.data[0], color.data[1], color.data[2], color.data[3]]).toEqual([accent >> 16, (accent >> 8) & 255, accent & 255, 255]);
    const onRing = (25 * 192 + 96) * 4;
    expect(color.data.readUInt32BE(onRing)).toBe(0xffffffff);
  });

  it('outline.png is 32×32, white on transparent', () => {
    const outline = read('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let visible = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3] === 0) continue;
      visible += 1;
      expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(outline.data[3]).toBe(0);
    expect(visible).toBeGreaterThan(100);
    expect(visible).toBeLessThan(32 * 32 - 100);
  });

  it('are the ones the drawing script produces (regenerate with `npx tsx tools/package/icons/draw-icons.ts`)', () => {
    expect(drawColorIcon().equals(fs.readFileSync(path.join(APP, 'color.png')))).toBe(true);
    expect(drawOutlineIcon().equals(fs.readFileSync(path.join(APP, 'outline.png')))).toBe(true);
  });

  it('the packager refuses a wrong size, a coloured outline pixel and an opaque outline background', () => {
    const bad = new PNG({ width: 32, height: 32 });
    bad.data.fill(255);
    bad.data[4 * 40] = 200;
    const problems = checkOutlineIcon(decodePng(PNG.sync.write(bad)));
    expect(problems).toEqual([
      'outline icon has 1 visible pixels that are not pure white',
      'outline icon background is not transparent (corners are visible)',
    ]);
    expect(checkColorIcon(decodePng(drawOutlineIcon()))[0]).toBe('color icon is 32×32, Teams wants 192×192');
    expect(checkOutlineIcon(decodePng(drawOutlineIcon()))).toEqual([]);
    expect(checkColorIcon(decodePng(drawColorIcon()))).toEqual([]);
  });
});
