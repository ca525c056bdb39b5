// The whole setup at a glance: the guide's six steps and the rest of the launch, ticked from what the content
// scripts saw and tickable by hand, with the next step in words and a link to where it is done.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CHECKLIST, type ChecklistItem, isDone, stepsLeft } from '../core/steps';
import { t } from '../platform/i18n';
import {
  emptyProgress,
  observedOf,
  progressFor,
  type Region,
  type SetupProgress,
  updateProgress,
} from '../platform/storage';
import { ConsoleLink } from './ConsoleLink';
import { LINK_OF_ITEM } from './links';
import { key, regionName } from './text';

const itemName = (item: ChecklistItem) => t(key('popup_item', item));

/** A tick by hand is kept only where it differs from what was observed, so later observation still counts. */
function tick(region: Region, item: ChecklistItem, checked: boolean) {
  return updateProgress(region, (progress) => {
    if (isDone(item, observedOf(progress), {}) === checked) delete progress.manual[item];
    else progress.manual[item] = checked;
  });
}

function Reset(props: { region: Region }) {
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // The focus follows the buttons that appear: to Cancel when asked, back to Reset when the question goes away.
  useLayoutEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (opened.current) resetButton.current?.focus();
    opened.current = asking;
  }, [asking]);
  const close = () => setAsking(false);
  const reset = async () => {
    await progressFor(props.region).set(emptyProgress());
    setStatus(t('popup_resetDone', regionName(props.region)));
    close();
  };
  return (
    <div class="reset">
      {asking ? (
        // The safe answer comes first and takes the focus: a stray Enter cancels.
        <fieldset>
          <legend>{t('popup_resetConfirm', regionName(props.region))}</legend>
          <button type="button" ref={cancelButton} onClick={close}>
            {t('popup_resetNo')}
          </button>{' '}
          <button type="button" class="danger" onClick={reset}>
            {t('popup_resetYes')}
          </button>
        </fieldset>
      ) : (
        <button
          type="button"
          ref={resetButton}
          onClick={() => {
            setStatus('');
            setAsking(true);
          }}
        >
          {t('popup_reset')}
        </button>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </div>
  );
}

export function Checklist(props: { region: Region; progress: SetupProgress }) {
  const { region, progress } = props;
  const observed = observedOf(progress);
  const left = stepsLeft(observed, progress.manual);
  const next = CHECKLIST.find((item) => !isDone(item, observed, progress.manual));
  const web = progress.webSettings;
  return (
    <section id="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('popup_checklistTitle', regionName(region))}</h2>
      <p role="status">
        {left > 0 ? t('popup_stepsLeft', [String(left), String(CHECKLIST.length)]) : t('popup_allDone')}
      </p>
      {next && (
        <p class="next">
          {t('popup_next', itemName(next))} <ConsoleLink region={region} link={LINK_OF_ITEM[next]} />
        </p>
      )}
      <ul class="checklist">
        {CHECKLIST.map((item) => {
          const done = isDone(item, observed, progress.manual);
          const seen = progress.manual[item] === undefined && done;
          return (
            <li key={item}>
              <label>
                <input
                  type="checkbox"
                  checked={done}
                  onChange={(event) => void tick(region, item, event.currentTarget.checked)}
                />
                <span>{itemName(item)}</span>
              </label>
              {seen && (
                <span class="muted seen">
                  {item === 'web-settings' && web
                    ? t('popup_seenWebSettings', [String(web.origins), String(web.returnUrls)])
                    : t('popup_seen')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <Reset key={region} region={region} />
    </section>
  );
}
