import { Link } from 'react-router';
import { messageOf } from '../api/error.ts';
import { useTitle } from '../hooks/useTitle.ts';
import { id } from '../i18n/id.ts';
import { Button, buttonClass, EmptyState } from '../ui/index.ts';

/** 404, also for anything of another Pemda. */
export function NotFound() {
  useTitle(id.errors.notFoundTitle);
  return (
    <EmptyState level={1} icon="?" title={id.errors.notFoundTitle} action={<Link className={buttonClass('primary')} to="/">{id.errors.backHome}</Link>}>
      {id.errors.notFoundBody}
    </EmptyState>
  );
}

/** Any other failure of a page's data, with a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <EmptyState icon="!" title={messageOf(error)} action={onRetry ? <Button variant="primary" onClick={onRetry}>{id.app.retry}</Button> : undefined} />
  );
}

/** A capability that is not built yet: a clear page, not a broken one. */
export function ComingSoon({ title, what }: { title: string; what: string }) {
  useTitle(title);
  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
      </div>
      <EmptyState icon="◷" title={id.comingSoon.title}>
        {id.comingSoon.body(what)}
      </EmptyState>
    </>
  );
}
