/** A report model → the bytes of one file format. */
import type { ReportModel } from './model/types.ts';
import { renderDocx } from './render/docx.ts';
import { renderPdf } from './render/pdf.ts';
import { renderXlsx } from './render/xlsx.ts';

export type ReportFormat = 'docx' | 'xlsx' | 'pdf';

export const renderReport = (model: ReportModel, format: ReportFormat): Promise<Buffer> => {
  switch (format) {
    case 'docx':
      return renderDocx(model);
    case 'xlsx':
      return renderXlsx(model);
    case 'pdf':
      return renderPdf(model);
  }
};
