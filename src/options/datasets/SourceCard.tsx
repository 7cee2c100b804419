import { useRef, useState } from 'preact/hooks';
import type { SourceView, UpdateOutcome } from '../../shared/messages';
import { send } from '../../shared/send';
import { formatDate } from '../../ui/format';
import { t } from '../../ui/strings';
import { ChangeView } from './ChangeView';
import { HeldUpdate } from './HeldUpdate';
import { KeyChange } from './KeyChange';
import { RollbackConfirm } from './RollbackConfirm';
import { saveTransfer } from './save-file';
import {
  changeUndoneBy,
  feedText,
  formatCount,
  formatDateTime,
  formatFromNow,
  formatSize,
  licenceLabel,
  problemText,
  publisherLabel,
  rolledBackText,
} from './words';

export interface CardActions {
  /** Tell the reader something through the page's live region. */
  announce: (text: string) => void;
  /** The source is gone: move focus somewhere that still exists. */
  removed: () => void;
}

/** The source's name: the dataset's title once something is installed, else its address or file. */
export function sourceName(s: SourceView): string {
  return s.dataset?.title ?? s.url ?? s.fileName ?? s.id;
}

export function outcomeText(name: string, outcome: UpdateOutcome): string {
  switch (outcome.result) {
    case 'updated':
      return t('dsOutcomeUpdated', name, String(outcome.version ?? ''));
    case 'unchanged':
      return t('dsOutcomeUnchanged', name);
    case 'skipped':
      return t('dsOutcomeSkipped', name);
    case 'held':
      return t('dsOutcomeHeld', name, String(outcome.version ?? ''));
    default:
      return t('dsOutcomeFailed', name);
  }
}

/** The host of an address, for naming where a dataset came from; undefined when it is not one. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** Ends a text with a full stop when it ends without punctuation (a validator's detail may not). */
const sentence = (text: string): string => (/[.!?…)]$/.test(text.trim()) ? text : `${text.trim()}.`);

function Fact({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Progress({ source }: { source: SourceView }) {
  const running = source.running;
  if (!running) return null;
  const phase = {
    connecting: t('dsPhaseConnecting'),
    downloading: t('dsPhaseDownloading'),
    verifying: t('dsPhaseVerifying'),
    installing: t('dsPhaseInstalling'),
  }[running.phase];
  const amount =
    running.received !== undefined
      ? running.total
        ? t('dsProgressOf', formatSize(running.received), formatSize(running.total))
        : formatSize(running.received)
      : '';
  const determinate = running.phase === 'downloading' && running.total !== undefined && running.total > 0;
  return (
    <div class="progress">
      <progress
        aria-label={t('dsProgressLabel', sourceName(source))}
        {...(determinate ? { max: running.total, value: running.received ?? 0 } : {})}
      />
      <span class="progress-text">
        {phase}
        {amount ? ` ${amount}` : ''}
      </span>
    </div>
  );
}

/** A fact-checker's feed converted on this device: from what, how many claims, what was left out and why. */
function FeedNote({ feed }: { feed: NonNullable<SourceView['feed']> }) {
  const { summary, reasons } = feedText(feed);
  return (
    <p class="note feed" data-feed={feed.format}>
      {summary}
      {/* The converter's reasons are its own English words, whatever the interface's language. */}
      {reasons ? (
        <>
          {` ${reasons.label} `}
          <span lang="en">{reasons.text}</span>
        </>
      ) : null}
    </p>
  );
}

/** One dataset: the bundled default or a subscribed source, with every fact and action. */
export function SourceCard({ source, actions }: { source: SourceView; actions: CardActions }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [askingRollback, setAskingRollback] = useState(false);
  /** What the last rollback undid, said until the page is closed (the card's change then describes the version restored). */
  const [rolledBack, setRolledBack] = useState<{ text: string; version: number } | null>(null);
  const rollbackRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [editingKey, setEditingKey] = useState(false);
  const keyRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const name = sourceName(source);
  const titleId = `source-${source.id}-title`;
  const bundled = source.kind === 'bundled';
  const d = source.dataset;

  const run = async (what: string, action: () => Promise<string | void>) => {
    setBusy(what);
    setError(null);
    try {
      const said = await action();
      if (said) actions.announce(said);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setError(message);
      actions.announce(message);
    } finally {
      setBusy(null);
    }
  };

  const updateNow = () =>
    run('update', async () => {
      const { outcomes } = await send({ type: 'sources:update', sourceId: source.id });
      return outcomes[0] ? outcomeText(name, outcomes[0]) : undefined;
    });
  // The change the rollback undoes, when the record of the version in use is exactly that.
  const undoable = changeUndoneBy(source.change, d?.version, source.previous?.version);
  const rollback = () =>
    run('rollback', async () => {
      const undone = undoable ? source.change : undefined;
      const reply = await send({ type: 'sources:rollback', sourceId: source.id });
      setAskingRollback(false);
      if ('problem' in reply) throw new Error(problemText(reply.problem));
      const said = rolledBackText(name, reply.version, undone);
      setRolledBack({ text: said, version: reply.version });
      return said;
    });
  const exportIt = () =>
    run('export', async () => {
      const { transferId, fileName } = await send({ type: 'sources:export', sourceId: source.id });
      await saveTransfer(transferId, fileName);
      return t('dsExported', fileName);
    });
  const setEnabled = (enabled: boolean) =>
    run('enable', async () => {
      await send({ type: 'sources:enable', sourceId: source.id, enabled });
      return enabled ? t('dsEnabledNow', name) : t('dsDisabledNow', name);
    });
  const remove = () =>
    run('remove', async () => {
      await send({ type: 'sources:remove', sourceId: source.id });
      actions.removed();
      return t('dsRemovedNow', name);
    });

  const kindLabel = bundled ? t('dsKindBundled') : source.kind === 'file' ? t('dsKindFile') : t('dsKindUrl');
  const signature = bundled
    ? t('dsSignedBundled')
    : source.keyId
      ? t('dsSignedKey', source.signedBy ?? source.keyId)
      : source.kind === 'file'
        ? t('dsUnsignedFile')
        : t('dsUnsigned');

  return (
    <li
      class={`dataset${source.enabled ? '' : ' dataset--off'}`}
      aria-labelledby={titleId}
      data-source={source.id}
    >
      <div class="dataset-head">
        <h3 id={titleId} tabIndex={-1}>
          {name}
        </h3>
        <span class="chip chip--retracted">{kindLabel}</span>
        {bundled ? null : (
          <span class={`chip ${source.keyId ? 'chip--confirmed' : 'chip--unconfirmed'}`}>
            {source.keyId ? t('dsChipSigned') : t('dsChipUnsigned')}
          </span>
        )}
        {!source.enabled ? <span class="chip chip--retracted">{t('dsChipOff')}</span> : null}
        {source.stale ? <span class="chip chip--unconfirmed">{t('dsChipStale')}</span> : null}
        {source.held ? <span class="chip chip--unconfirmed">{t('dsChipHeld')}</span> : null}
      </div>

      <dl class="facts">
        {d ? (
          <>
            <Fact label={t('optionsPublisher')}>
              {publisherLabel(d.publisher, source.fileName ?? hostOf(source.url))}
            </Fact>
            <Fact label={t('optionsLicence')}>{licenceLabel(d.license)}</Fact>
            <Fact label={t('optionsVersion')}>{d.version}</Fact>
            <Fact label={t('optionsAsOf')}>
              <time datetime={d.asOf}>{formatDate(d.asOf)}</time>
            </Fact>
            <Fact label={t('optionsClaims')}>{formatCount(d.claims)}</Fact>
          </>
        ) : (
          <Fact label={t('optionsVersion')}>{t('dsNothingYet')}</Fact>
        )}
        {source.url ? <Fact label={t('dsAddress')}>{source.url}</Fact> : null}
        {source.fileName && source.kind === 'file' ? (
          <Fact label={t('dsFile')}>{source.fileName}</Fact>
        ) : null}
        {!bundled ? (
          <>
            {source.kind === 'url' ? (
              <Fact label={t('dsLastCheck')}>
                {source.lastCheck ? formatDateTime(source.lastCheck) : t('dsNever')}
              </Fact>
            ) : null}
            <Fact label={t('dsLastSuccess')}>
              {source.lastSuccess ? formatDateTime(source.lastSuccess) : t('dsNever')}
            </Fact>
            {source.kind === 'url' ? (
              <Fact label={t('dsNextCheck')}>
                {source.enabled && source.nextCheck ? formatFromNow(source.nextCheck) : t('dsNoNextCheck')}
              </Fact>
            ) : null}
          </>
        ) : null}
      </dl>

      <p class="note signature">{signature}</p>
      {source.feed ? <FeedNote feed={source.feed} /> : null}
      {source.stale ? (
        <p class="note stale" data-stale="">
          {source.lastSuccess ? t('dsStale', formatDateTime(source.lastSuccess)) : t('dsStaleNever')}
        </p>
      ) : null}
      {bundled ? (
        <p class="note">
          {source.supersededBy ? t('dsBundledSuperseded', source.supersededBy) : t('dsBundledNote')}
        </p>
      ) : null}

      <Progress source={source} />

      {source.problem ? (
        <p class="problem" data-problem={source.problem.code}>
          {source.problem.code === 'interrupted' ? null : (
            <strong>{t('dsProblemTitle', formatDateTime(source.problem.at))} </strong>
          )}
          {sentence(problemText(source.problem))}
          {d ? ` ${t('dsStillUsing', String(d.version))}` : ''}
        </p>
      ) : null}
      {/* Said while the restored version is in use; a newer install replaces it with its own change. */}
      {rolledBack && d?.version === rolledBack.version ? (
        <p class="note rolled-back">{rolledBack.text}</p>
      ) : null}
      {/* Once a version newer than the one rolled back is in use, holding it back no longer matters. */}
      {source.heldBack !== undefined && (!d || d.version < source.heldBack) ? (
        <p class="note">{t('dsHeldBack', String(source.heldBack))}</p>
      ) : null}

      {source.held ? (
        <HeldUpdate
          sourceId={source.id}
          name={name}
          held={source.held}
          titleId={titleId}
          onAnswered={actions.announce}
        />
      ) : null}

      {editingKey ? (
        <KeyChange
          sourceId={source.id}
          name={name}
          currentKeyId={source.keyId}
          onSaved={(said) => {
            setEditingKey(false);
            actions.announce(said);
            setTimeout(() => keyRef.current?.focus());
          }}
          onClose={() => {
            setEditingKey(false);
            setTimeout(() => keyRef.current?.focus());
          }}
        />
      ) : null}

      {source.change ? <ChangeView sourceId={source.id} change={source.change} titleId={titleId} /> : null}

      {askingRollback && source.previous && d ? (
        <RollbackConfirm
          sourceId={source.id}
          question={t('dsRollBackConfirm', name, String(d.version), String(source.previous.version))}
          undoable={undoable}
          activeVersion={d.version}
          busy={busy !== null}
          onConfirm={() => void rollback()}
          onCancel={() => {
            setAskingRollback(false);
            setTimeout(() => rollbackRef.current?.focus());
          }}
        />
      ) : null}

      {error ? (
        <p class="problem" role="alert">
          {error}
        </p>
      ) : null}

      {!bundled ? (
        <div class="actions" role="group" aria-label={t('dsActionsFor', name)}>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={source.enabled}
              disabled={busy !== null}
              onChange={(e) => void setEnabled((e.currentTarget as HTMLInputElement).checked)}
            />
            {t('dsUseForMatching')}
          </label>
          {source.kind === 'url' ? (
            <button
              type="button"
              class="button"
              disabled={busy !== null || !!source.running}
              aria-describedby={titleId}
              onClick={() => void updateNow()}
            >
              {busy === 'update' || source.running ? t('dsUpdating') : t('dsUpdateNow')}
            </button>
          ) : null}
          {source.previous && !askingRollback ? (
            <button
              ref={rollbackRef}
              type="button"
              class="button"
              disabled={busy !== null}
              aria-describedby={titleId}
              onClick={() => {
                setRolledBack(null);
                setAskingRollback(true);
              }}
            >
              {t('dsRollBack', String(source.previous.version))}
            </button>
          ) : null}
          {d ? (
            <button
              type="button"
              class="button"
              disabled={busy !== null}
              aria-describedby={titleId}
              onClick={() => void exportIt()}
            >
              {t('dsExport')}
            </button>
          ) : null}
          {source.kind === 'url' && !editingKey ? (
            <button
              ref={keyRef}
              type="button"
              class="button"
              disabled={busy !== null}
              aria-describedby={titleId}
              onClick={() => setEditingKey(true)}
            >
              {source.keyId ? t('dsKeyChange') : t('dsKeyAdd')}
            </button>
          ) : null}
          {confirming ? (
            <span class="confirm" role="group" aria-label={t('dsConfirmRemove', name)}>
              <span>{t('dsConfirmRemove', name)}</span>
              <button
                ref={confirmRef}
                type="button"
                class="button button--danger"
                disabled={busy !== null}
                onClick={() => void remove()}
              >
                {t('dsRemove')}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  setConfirming(false);
                  setTimeout(() => removeRef.current?.focus());
                }}
              >
                {t('dsCancel')}
              </button>
            </span>
          ) : (
            <button
              ref={removeRef}
              type="button"
              class="button"
              aria-describedby={titleId}
              disabled={busy !== null}
              onClick={() => {
                setConfirming(true);
                setTimeout(() => confirmRef.current?.focus());
              }}
            >
              {t('dsRemove')}
            </button>
          )}
        </div>
      ) : (
        <div class="actions" role="group" aria-label={t('dsActionsFor', name)}>
          <button
            type="button"
            class="button"
            disabled={busy !== null}
            aria-describedby={titleId}
            onClick={() => void exportIt()}
          >
            {t('dsExport')}
          </button>
        </div>
      )}
    </li>
  );
}
