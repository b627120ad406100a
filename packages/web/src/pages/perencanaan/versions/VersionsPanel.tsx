import { id } from '../../../i18n/id.ts';
import { Card, Loading } from '../../../ui/index.ts';

export interface VersionsPanelProps {
  pemda: string;
  opd: string;
  year: number;
  canEdit: boolean;
  onChanged: () => void;
}

/** The documents of the year with their versions, Perubahan, the diff and the approval flow. */
export function VersionsPanel(_props: VersionsPanelProps) {
  return (
    <Card title={id.planningVersions.title}>
      <Loading />
    </Card>
  );
}
