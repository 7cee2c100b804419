/** Saving bytes the background handed over as a file the reader downloads. */
import { takeTransfer } from '../../shared/transfer';

export async function saveTransfer(
  transferId: string,
  fileName: string,
  doc: Document = document,
): Promise<void> {
  const file = await takeTransfer(transferId);
  if (!file) throw new Error('The file was not handed over');
  const url = URL.createObjectURL(new Blob([new Uint8Array(file.bytes)], { type: 'application/json' }));
  try {
    const a = doc.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    doc.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The click has started the download; the URL is no longer needed once it has been read.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
