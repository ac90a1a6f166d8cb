import type { FileContent } from './report-operations.js';
import { downloadBase64, offerBlob } from '../common/file-base64.js';

/** Offers a file the server generated: base64 → Blob → a clicked anchor. */
export function downloadFile(file: FileContent): void {
  downloadBase64(file.fileName, file.mimeType, file.base64);
}

/** Offers a text (a CSV) for download. */
export function downloadText(fileName: string, text: string, mimeType = 'text/csv;charset=utf-8'): void {
  offerBlob(fileName, new Blob([text], { type: mimeType }));
}
