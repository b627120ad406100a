/** Charts of a report model as SVG, rendered on the server with echarts (no DOM, no canvas). */
import * as echarts from 'echarts';
import { deflateSync } from 'node:zlib';
import type { ChartBlock } from '../model/types.ts';

export const chartSvg = (chart: ChartBlock): string => {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height });
  try {
    instance.setOption({ animation: false, textStyle: { fontFamily: 'Roboto, Arial, sans-serif' }, ...chart.option });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/**
 * A plain white PNG with a grey frame: the fallback Word requires beside an SVG image (no SVG
 * rasteriser is installed; Word 2016+, LibreOffice 7+ and the PDF show the SVG itself).
 */
export const fallbackPng = (width: number, height: number): Buffer => {
  const w = Math.max(2, Math.round(width / 4));
  const h = Math.max(2, Math.round(height / 4));
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y += 1) {
    const row = Buffer.alloc(1 + w, 255);
    row[0] = 0;
    for (let x = 0; x < w; x += 1) if (y === 0 || y === h - 1 || x === 0 || x === w - 1) row[1 + x] = 160;
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};
