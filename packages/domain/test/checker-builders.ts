/** Small hand-made datasets for the checker's family tests. */
import type { Dataset, DatasetIndicator, DatasetNode } from '../src/dataset.ts';
import { checkDataset } from '../src/checker/index.ts';

/** A dataset builder for one Pemda: `ds({ nodes, indicators })`. */
export const datasetOf =
  (pemdaName: string) =>
  (part: Partial<Dataset>): Dataset => ({
    format: 'kinerja-dataset/1',
    pemda: { name: pemdaName },
    opd: { name: 'BKPSDM' },
    year: 2024,
    documents: [],
    units: [],
    nodes: [],
    indicators: [],
    ...part,
  });
export const node = (id: string, kind: DatasetNode['kind'], parent: string | null, extra: Partial<DatasetNode> = {}): DatasetNode => ({
  id, kind, parent, name: `Node ${id}`, ...extra,
});
export const ind = (id: string, extra: Partial<DatasetIndicator>): DatasetIndicator => ({
  id, node: 'S1', name: `Indikator ${id}`, unit: 'Persen', polarity: 'positive', aggregation: 'last', ...extra,
});
/** `code ref` of every finding of one check. */
export const found = (d: Dataset, check: string): string[] =>
  checkDataset(d).filter((f) => f.check === check).map((f) => `${f.code} ${f.ref}`);
