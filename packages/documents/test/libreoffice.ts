/**
 * Opens generated files in LibreOffice (headless) the way a user's office suite would: converts a
 * DOCX/XLSX to PDF and reports every warning LibreOffice prints; renders page 1 of a PDF to PNG
 * with pdftoppm. Used by `npm run check:documents` and test/libreoffice.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const hasSoffice = spawnSync('soffice', ['--version']).error === undefined;
export const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;

export interface Conversion {
  pdf: string | null;
  /** LibreOffice's output other than the "convert … using filter" line; empty when clean. */
  warnings: string[];
}

/**
 * The progress line soffice always prints on success, and the launcher's note that no Java runtime
 * is installed (about the machine, not the document); anything else is a warning.
 */
const NORMAL = [/^convert .+ -> .+ using filter : \S+$/, /^Warning: failed to launch javaldx - java may not function correctly$/];

/** `soffice --headless --convert-to pdf` with a throw-away profile (no dialogs, no shared state). */
export const convertToPdf = (file: string, outDir: string): Conversion => {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'kinerja-lo-'));
  try {
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', outDir, file],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const pdf = join(outDir, `${basename(file, extname(file))}.pdf`);
    const lines = `${r.stdout ?? ''}\n${r.stderr ?? ''}`
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !NORMAL.some((re) => re.test(l)));
    if (r.error) lines.push(r.error.message);
    if (r.status !== 0) lines.push(`soffice exit ${String(r.status)}`);
    return { pdf: existsSync(pdf) ? pdf : null, warnings: lines };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};

/** Page 1 of a PDF as `<prefix>.png`; the PNG path, or null when pdftoppm failed. */
export const renderFirstPage = (pdf: string, prefix: string, dpi = 70): string | null => {
  mkdirSync(dirname(prefix), { recursive: true });
  const r = spawnSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, prefix], { encoding: 'utf8' });
  const png = `${prefix}.png`;
  return r.status === 0 && existsSync(png) ? png : null;
};

/** Number of pages of a PDF (pdfinfo), or null when pdfinfo is missing. */
export const pageCount = (pdf: string): number | null => {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(r.stdout ?? '');
  return m ? Number(m[1]) : null;
};
