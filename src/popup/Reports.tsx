import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { DatasetSummary } from '../shared/messages';
import {
  clearReports,
  exportFileName,
  exportReports,
  listReports,
  type WrongMatchReport,
} from '../shared/reports';
import { plural, t } from '../ui/strings';
import { onReportsChanged } from './reports-events';

function version(): string | undefined {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return undefined;
  }
}

/** Downloads text as a file from the popup itself: a Blob and an <a download>, no permission, nothing sent. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The wrong-match reports kept on this device: how many, for how long, export them as a file, delete them. */
export function Reports({ datasets }: { datasets: readonly DatasetSummary[] }) {
  const [reports, setReports] = useState<WrongMatchReport[]>([]);
  const [keepDays, setKeepDays] = useState(0);
  const [exported, setExported] = useState<string | null>(null);
  const reload = useCallback(() => {
    listReports()
      .then((list) => {
        setReports(list.reports);
        setKeepDays(list.keepDays);
      })
      .catch(() => setReports([]));
  }, []);
  useEffect(() => {
    reload();
    return onReportsChanged(reload);
  }, [reload]);

  if (reports.length === 0) return null;
  const doExport = () => {
    const name = exportFileName();
    downloadText(exportReports(reports, datasets, version()), name);
    setExported(name);
  };
  const doDelete = async () => {
    await clearReports();
    setExported(null);
    reload();
  };
  return (
    <div class="reports">
      <span>{plural('reportsSaved', reports.length)}</span>
      <span class="footer-sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <button type="button" class="link-button" onClick={doExport}>
        {t('reportsExport')}
      </button>
      <span class="footer-sep" aria-hidden="true">
        {' '}
        ·{' '}
      </span>
      <button type="button" class="link-button" onClick={() => void doDelete()}>
        {t('reportsDelete')}
      </button>
      {keepDays > 0 ? <p class="reports-kept">{plural('reportsKept', keepDays)}</p> : null}
      {exported ? (
        <p class="reports-exported" role="status">
          {t('reportsExported', exported)}
        </p>
      ) : null}
    </div>
  );
}
