import type { FileContent } from './report-operations.js';
import { downloadBase64 } from '../kpi-import/file-base64.js';

/** Offers a file the server generated: base64 → Blob → a clicked anchor. */
export function downloadFile(file: FileContent): void {
  downloadBase64(file.fileName, file.mimeType, file.base64);
}

/** Offers a text (a CSV) for download. */
export function downloadText(fileName: string, text: string, mimeType = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
