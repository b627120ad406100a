/** Pieces shared by the report models: title block, signatory of the OPD head, dates. */
import type { Dataset } from '@kinerja/domain';
import { formatDate } from '../format.ts';
import { centered } from '../model/blocks.ts';
import type { Block, Signatory } from '../model/types.ts';
import { messages } from '../messages.ts';
import type { ReportOptions } from '../options.ts';

export const opdTitle = (dataset: Dataset): string => `${dataset.opd.name} ${dataset.pemda.name}`;

export const opdShort = (dataset: Dataset): string => dataset.opd.abbr ?? dataset.opd.name;

export const titleBlock = (lines: string[], dataset: Dataset): Block[] => [
  ...lines.map((line) => centered(line, 'title', true)),
  centered(dataset.opd.name.toUpperCase(), 'subtitle', true),
  centered(dataset.pemda.name.toUpperCase(), 'subtitle', true),
];

export const headSignatory = (dataset: Dataset, role?: string): Signatory => {
  const head = dataset.opd.head ?? {};
  const position = head.position ?? `Kepala ${opdShort(dataset)}`;
  return {
    role: role ?? `${position},`,
    ...(role ? { position } : {}),
    name: head.name ?? messages.placeholderLine,
    ...(head.rank ? { rank: head.rank } : {}),
    nip: head.nip ?? messages.placeholderLine,
  };
};

/** The place printed before a signing date: the option, else the last part of the OPD address. */
export const signingPlace = (dataset: Dataset, opts: ReportOptions): string => {
  if (opts.place) return opts.place;
  const address = dataset.opd.address;
  const last = address?.split(',').pop()?.trim();
  return last && last.length > 0 ? last : messages.placeholderLine;
};

export const signingDate = (dataset: Dataset, opts: ReportOptions, documentKind: string): string => {
  if (opts.signedAt) return formatDate(opts.signedAt);
  const doc = dataset.documents.find((d) => d.kind === documentKind && d.signed);
  if (doc?.signed && dataset.year === opts.year) return formatDate(doc.signed);
  return formatDate(opts.generatedAt);
};

export const placeDate = (dataset: Dataset, opts: ReportOptions, documentKind: string): string =>
  `${signingPlace(dataset, opts)}, ${signingDate(dataset, opts, documentKind)}`;

export const isPerubahan = (dataset: Dataset, documentKind: string): boolean =>
  dataset.documents.some((d) => d.kind === documentKind && d.revision === 'perubahan');

export const fileBase = (kind: string, year: number, dataset: Dataset, suffix?: string): string =>
  [kind, String(year), suffix, opdShort(dataset), dataset.pemda.name]
    .filter((p): p is string => Boolean(p))
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export const narrativeOr = (opts: ReportOptions, sectionId: string, sectionLabel: string): { text: string; missing: boolean } => {
  const text = opts.narrative?.[sectionId];
  return text && text.trim().length > 0
    ? { text, missing: false }
    : { text: messages.placeholderNarrative(sectionLabel), missing: true };
};
