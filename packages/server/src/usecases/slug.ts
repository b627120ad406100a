export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `Kabupaten Paser` → `kabupaten-paser`, `BKPSDM` → `bkpsdm`. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'opd';
