import { useState, type FormEvent } from 'react';
import { isApiError, messageOf } from '../../../api/error.ts';

/** A dialog form's submit: busy while the call runs, the error kept for the form or its field. */
/** `fields`: the fields the form shows an error beside; any other error is shown for the whole form. */
export function useSubmit(run: () => Promise<void>, fields: readonly string[] = []) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  /** the message for a field the server named, else null */
  const fieldError = (where: string): string | null => (isApiError(error) && error.where === where && fields.includes(where) ? error.title : null);
  /** the message for the form when no field was named */
  const formError = error && !(isApiError(error) && error.where && fields.includes(error.where)) ? messageOf(error) : null;
  return { busy, error, setError, onSubmit, fieldError, formError, reset: () => setError(null) };
}
