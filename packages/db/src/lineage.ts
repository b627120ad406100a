import { normaliseName } from './slug.ts';

/** The same sasaran/program across years: its code when it has one, else kind + normalised name. */
export const nodeLineageKey = (n: { kind: string; name: string; code?: string | null | undefined }): string =>
  n.code ? n.code : `${n.kind}:${normaliseName(n.name)}`;

/** The same indicator across years: its normalised name. */
export const indicatorLineageKey = (name: string): string => `indicator:${normaliseName(name)}`;
