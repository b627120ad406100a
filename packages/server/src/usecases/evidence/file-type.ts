/**
 * The accepted evidence types, recognised by their first bytes (magic numbers), never by the
 * name alone: PDF, PNG, JPEG, and the Office Open XML zips DOCX and XLSX (told apart by their
 * part names, which a zip stores uncompressed in its headers).
 */
export interface FileType {
  mime: string;
  ext: string;
}

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const PDF: FileType = { mime: 'application/pdf', ext: 'pdf' };
const PNG: FileType = { mime: 'image/png', ext: 'png' };
const JPEG: FileType = { mime: 'image/jpeg', ext: 'jpg' };
const DOCX: FileType = { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
const XLSX: FileType = { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);

function contains(b: Uint8Array, text: string): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(text, 0, 'latin1');
}

/** The type of a file from its bytes, or null when it is not one we accept. */
export function detectFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, '[Content_Types].xml')) {
    if (contains(bytes, 'word/')) return DOCX;
    if (contains(bytes, 'xl/')) return XLSX;
  }
  return null;
}

/** A file name safe to store and to send back: no path, no control characters, at most 200 characters. */
export function safeFileName(name: string, type: FileType): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  const stem = base.replace(/\.[^.]*$/, '') || 'bukti';
  return `${stem.slice(0, 190)}.${type.ext}`;
}
