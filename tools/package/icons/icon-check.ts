import { PNG } from 'pngjs';

/** Teams icon sizes: color 192×192, outline 32×32. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** A decoded RGBA image. */
export interface Rgba {
  width: number;
  height: number;
  data: Buffer;
}

/** Decodes PNG bytes to RGBA (throws on a file that is not a PNG). */
export function decodePng(bytes: Buffer): Rgba {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

function alphaAt(image: Rgba, x: number, y: number): number {
  return image.data[(y * image.width + x) * 4 + 3] ?? 0;
}

/** Problems with the color icon: size, and an image that is not blank. */
export function checkColorIcon(image: Rgba): string[] {
  const size = ICON_SIZES.color;
  const problems: string[] = [];
  if (image.width !== size || image.height !== size)
    problems.push(`color icon is ${image.width}×${image.height}, Teams wants ${size}×${size}`);
  const first = image.data.readUInt32BE(0);
  let varied = false;
  for (let i = 4; i < image.data.length && !varied; i += 4) varied = image.data.readUInt32BE(i) !== first;
  if (!varied) problems.push('color icon is a single flat colour: no mark drawn');
  return problems;
}

/** Problems with the outline icon: size, only white pixels (any alpha), a transparent background, a visible mark. */
export function checkOutlineIcon(image: Rgba): string[] {
  const size = ICON_SIZES.outline;
  const problems: string[] = [];
  if (image.width !== size || image.height !== size)
    problems.push(`outline icon is ${image.width}×${image.height}, Teams wants ${size}×${size}`);
  let coloured = 0;
  let opaque = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b, a] = [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3] ?? 0];
    if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) coloured += 1;
    if (a > 0) opaque += 1;
  }
  if (coloured > 0) problems.push(`outline icon has ${coloured} visible pixels that are not pure white`);
  const corners = [alphaAt(image, 0, 0), alphaAt(image, image.width - 1, 0), alphaAt(image, 0, image.height - 1)];
  if (corners.some((a) => a !== 0)) problems.push('outline icon background is not transparent (corners are visible)');
  if (opaque === 0) problems.push('outline icon is fully transparent: no mark drawn');
  return problems;
}
