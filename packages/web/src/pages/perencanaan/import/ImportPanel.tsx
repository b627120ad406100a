import { id } from '../../../i18n/id.ts';
import { PastePanel } from './PastePanel.tsx';
import { XlsxPanel } from './XlsxPanel.tsx';
import './ImportPanel.css';

export interface ImportPanelProps {
  pemda: string;
  opd: string;
  year: number;
  canEdit: boolean;
  onChanged: () => void;
}

/** The "Tempel & Excel" tab: paste a table from Word/Excel, or download/upload a planning table as XLSX — both previewed before saving. */
export function ImportPanel({ pemda, opd, year, canEdit, onChanged }: ImportPanelProps) {
  const scope = { pemda, opd, year };
  return (
    <div className="import-panel">
      {canEdit ? <PastePanel scope={scope} onChanged={onChanged} /> : <p className="import-muted">{id.planningImport.readOnly}</p>}
      <XlsxPanel scope={scope} canEdit={canEdit} onChanged={onChanged} />
    </div>
  );
}
