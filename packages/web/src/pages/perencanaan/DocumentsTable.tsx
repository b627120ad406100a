import type { PlanDocument } from '../../api/types.ts';
import { formatDate } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { Badge, EmptyState, Table } from '../../ui/index.ts';

const t = id.perencanaan;

/** The documents of the plan: kind, revision, status, legal basis, signing date. */
export function DocumentsTable({ documents, highlight }: { documents: readonly PlanDocument[]; highlight: string | null }) {
  if (documents.length === 0) return <EmptyState title={t.documents}>{t.noDocuments}</EmptyState>;
  return (
    <Table caption={t.documents}>
      <thead>
        <tr>
          <th scope="col">{t.docKind}</th>
          <th scope="col">{t.docRevision}</th>
          <th scope="col">{t.docStatus}</th>
          <th scope="col">{t.docBasis}</th>
          <th scope="col">{t.docSigned}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => {
          const rowId = `doc-${d.id}`;
          return (
            <tr key={d.id} id={rowId} tabIndex={-1} className={highlight && (highlight === d.id || highlight === d.extId) ? 'is-highlighted' : undefined}>
              <th scope="row">{t.docKinds[d.kind] ?? d.kind.toUpperCase()}</th>
              <td>{d.revision ?? id.app.empty}</td>
              <td>
                <Badge tone={d.status === 'signed' || d.status === 'approved' ? 'success' : 'neutral'}>{t.docStatuses[d.status] ?? d.status}</Badge>
              </td>
              <td>{d.basis ?? id.app.empty}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.signed)}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
