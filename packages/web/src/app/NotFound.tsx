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

/** A page the user's role may not open: says so, and offers the way back. */
export function Forbidden() {
  useTitle(id.errors.forbiddenTitle);
  return (
    <EmptyState level={1} icon="!" title={id.errors.forbiddenTitle} action={<Link className={buttonClass('primary')} to="/">{id.errors.backHome}</Link>}>
      {id.errors.forbiddenBody}
    </EmptyState>
  );
}

/** Any other failure of a page's data, with a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <EmptyState icon="!" title={messageOf(error)} action={onRetry ? <Button variant="primary" onClick={onRetry}>{id.app.retry}</Button> : undefined} />
  );
}
