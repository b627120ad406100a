import { useEffect } from 'react';
import { id } from '../i18n/id.ts';

/** Sets the document title (what a screen reader announces and a tab shows). */
export function useTitle(...parts: (string | null | undefined)[]): void {
  const title = [...parts.filter(Boolean), id.app.name].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
