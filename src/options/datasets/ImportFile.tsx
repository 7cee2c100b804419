import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../dataset/limits';
import { send } from '../../shared/send';
import { putTransfer } from '../../shared/transfer';
import { t } from '../../ui/strings';
import { formatSize, problemText } from './words';

/**
 * Importing a dataset file: a button (the keyboard way) and a drop zone (the mouse way). The file
 * goes through the background's gate, the same as a download: schema, limits, id, version.
 */
export function ImportFile({ onImported }: { onImported: (sourceId: string, text: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    if (file.size > LIMITS.fileBytes) {
      setResult({
        ok: false,
        text: problemText({ code: 'too-large', args: [file.name, String(LIMITS.fileBytes)], at: Date.now() }),
      });
      return;
    }
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const transferId = await putTransfer(bytes, file.name);
      const { outcome } = await send({ type: 'sources:import', transferId, fileName: file.name });
      if (outcome.result === 'failed' && outcome.problem)
        setResult({ ok: false, text: problemText(outcome.problem) });
      else {
        const text =
          outcome.result === 'updated'
            ? t('dsImported', file.name, String(outcome.version ?? ''))
            : t('dsImportedSame', file.name);
        setResult({ ok: true, text });
        onImported(outcome.sourceId, text);
      }
    } catch (e) {
      setResult({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div
      class={`dropzone${over ? ' dropzone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer?.files[0]);
      }}
    >
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,application/json"
        class="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])}
      />
      <button
        type="button"
        class="button"
        disabled={busy}
        aria-describedby="import-hint"
        onClick={() => input.current?.click()}
      >
        {busy ? t('dsImporting') : t('dsImportButton')}
      </button>
      <p id="import-hint" class="hint">
        {t('dsImportHint', formatSize(LIMITS.fileBytes))}
      </p>
      {result ? (
        <p class={result.ok ? 'note' : 'problem'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      ) : null}
    </div>
  );
}
