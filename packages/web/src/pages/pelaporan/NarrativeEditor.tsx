import { ErrorState } from '../../app/NotFound.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { id } from '../../i18n/id.ts';
import type { Scope } from '../../model/scope.ts';
import { Loading } from '../../ui/index.ts';
import { getNarratives, reportPaths } from './api.ts';
import { NarrativeSectionEditor } from './NarrativeSectionEditor.tsx';

const t = id.pelaporan;

/** The LKjIP sections the user writes (kata pengantar, ikhtisar, Bab I … Bab IV), one editor each. */
export function NarrativeEditor({ scope, readOnly }: { scope: Scope; readOnly: boolean }) {
  const key = reportPaths.narratives(scope.pemda, scope.opd, scope.year, 'lkjip');
  const narratives = useResource(key, (s) => getNarratives(scope.pemda, scope.opd, scope.year, 'lkjip', s));
  if (narratives.loading) return <Loading />;
  if (narratives.error || !narratives.data) return <ErrorState error={narratives.error} onRetry={narratives.reload} />;
  return (
    <div className="stack">
      <p className="muted">{t.narrativeIntro(scope.year)}</p>
      {readOnly ? <p className="muted">{t.narrativeReadOnly}</p> : null}
      {narratives.data.sections.map((s) => (
        <NarrativeSectionEditor key={`${key}:${s.id}:${s.updatedAt ?? ''}`} scope={scope} section={s} readOnly={readOnly} />
      ))}
    </div>
  );
}
