/** The narrative sections of a document kind, each with its text and who saved it when. */
import { KinerjaError } from '@kinerja/domain';
import type { ReportKind } from '@kinerja/documents';
import type { NarrativeRow } from './load-narrative.ts';
import { narrativeLabels, reportMessages as m } from './messages.ts';
import { NARRATIVE_SECTIONS } from './report-kinds.ts';

export interface NarrativeSectionView {
  id: string;
  label: string;
  text: string;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface NarrativesView {
  kind: string;
  year: number;
  sections: NarrativeSectionView[];
}

/** The section ids of a kind, or 400 when the kind has no narrative. */
export function sectionsOf(kind: string): readonly string[] {
  const sections = NARRATIVE_SECTIONS[kind as ReportKind];
  if (!sections) throw new KinerjaError('invalid', m.narrativeKindBad(kind), 'kind');
  return sections;
}

export function sectionView(id: string, row: NarrativeRow | undefined): NarrativeSectionView {
  return {
    id,
    label: narrativeLabels[id] ?? id,
    text: row?.text ?? '',
    updatedBy: row?.updatedByName ?? null,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}
