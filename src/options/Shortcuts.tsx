import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../ui/strings';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
export function Shortcuts() {
  const [list, setList] = useState<Shortcut[]>([]);
  useEffect(() => {
    let alive = true;
    const commands = browser.commands;
    if (!commands?.getAll) return;
    commands
      .getAll()
      .then((all) => {
        if (!alive) return;
        setList(
          all
            .filter((c) => c.name && !c.name.startsWith('_'))
            .map((c) => ({
              name: c.name!,
              description: c.description ?? c.name!,
              shortcut: c.shortcut ?? '',
            })),
        );
      })
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="shortcuts-heading" class="panel">
      <h2 id="shortcuts-heading">{t('optionsShortcuts')}</h2>
      <dl class="shortcuts">
        {list.map((c) => (
          <div key={c.name}>
            <dt>{c.description}</dt>
            <dd>
              {c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="note">{t('optionsShortcutUnset')}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p class="note">{t('optionsShortcutsHint')}</p>
    </section>
  );
}
