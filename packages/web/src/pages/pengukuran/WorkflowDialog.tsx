import { useState, type FormEvent } from 'react';
import { id } from '../../i18n/id.ts';
import { Button, Dialog, Field } from '../../ui/index.ts';
import type { WorkflowAction } from './workflow-actions.ts';

const w = id.pengukuranWorkflow;

interface WorkflowDialogProps {
  action: WorkflowAction | null;
  /** indicator · period · value, shown above the comment */
  summary: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (comment: string) => void;
}

/** Confirms one workflow step with a comment (required to reject, optional otherwise). */
export function WorkflowDialog({ action, summary, busy, onCancel, onConfirm }: WorkflowDialogProps) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reject = action === 'reject';
  const close = () => {
    setComment('');
    setError(null);
    onCancel();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reject && !comment.trim()) return setError(w.needReason);
    onConfirm(comment.trim());
    setComment('');
    setError(null);
  };
  return (
    <Dialog open={action !== null} title={action ? (w.dialogTitle[action] ?? action) : ''} onClose={close}>
      <form onSubmit={submit}>
        <p>{summary}</p>
        {action === 'submit' ? null : (
          <Field label={reject ? w.commentRequired : w.comment} hint={w.commentHint} error={error}>
            {({ inputId, describedBy, invalid }) => (
              <textarea
                id={inputId}
                className="input"
                rows={3}
                value={comment}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                required={reject}
                onChange={(e) => setComment(e.target.value)}
              />
            )}
          </Field>
        )}
        <div className="pengukuran__dialog-actions">
          <Button type="button" onClick={close}>
            {w.cancel}
          </Button>
          <Button type="submit" variant={reject ? 'danger' : 'primary'} busy={busy}>
            {action ? (w.confirm[action] ?? action) : ''}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
