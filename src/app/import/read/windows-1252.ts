/**
 * Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (nodejs/node#56542, fixed in Node 23), so bytes
 * 0x80–0x9F come out as control characters. French text needs them: € (0x80), … (0x85), ’ (0x92), – (0x96),
 * œ (0x9C). This maps them as the Encoding Standard does.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decodes Windows-1252 bytes (what French Excel writes as "CSV (séparateur : point-virgule)"). */
export function decodeWindows1252(data: Uint8Array): string {
  return new TextDecoder('latin1').decode(data).replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
