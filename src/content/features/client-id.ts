// The client ID: a "Copy Client ID" button beside it that puts exactly the ID on the clipboard and says so
// (dom-contract: Copy button), and the ID kept with where and when it was seen, so that the popup can hand it over
// later. The client ID is public (every shopper's browser receives it); the secret is never kept. A page listing
// several client IDs (Integration Central's list) gets a button beside each, but none is kept: the page does not say
// which one the shop uses.
import { recognizeLwaCredential } from '../../core/credentials';
import { t } from '../../platform/i18n';
import { updateProgress } from '../../platform/storage';
import { h, track, ui, untrack } from '../../ui/host';
import { onCopy, writeClipboard } from '../clipboard';
import type { Feature } from '../session';

interface CopyBox {
  box: HTMLElement;
  status: HTMLElement;
  value: string;
}

export const clientIdFeature: Feature = {
  name: 'client-id',
  init(signal, context) {
    const boxes = new Map<Element, CopyBox>();
    let kept: string | null = null;

    const copied = () =>
      updateProgress(context.region(), (progress) => {
        progress.clientIdCopied = true;
      });
    const copy = async (item: CopyBox) => {
      const ok = await writeClipboard(item.value);
      item.status.textContent = ok ? t('copied') : t('copyFailed');
      if (ok && item.value === kept) await copied();
    };
    const drop = (element: Element) => {
      const item = boxes.get(element);
      if (!item) return;
      untrack(item.box);
      item.box.remove();
      boxes.delete(element);
    };

    const update = () => {
      const { model } = context.scan();
      const fields = model.fields.filter((f) => f.name === 'client-id' && f.visible);
      const stale = [...boxes.keys()].filter(
        (element) => !fields.some((f) => f.element === element && boxes.get(element)?.value === f.value),
      );
      for (const field of fields) {
        const current = boxes.get(field.element);
        if (current?.value === field.value) continue;
        // An element whose client ID changed in place (another profile chosen) gets a new box below.
        if (current) {
          drop(field.element);
          stale.splice(stale.indexOf(field.element), 1);
        }
        // The console re-rendered the field with the same ID: the box follows it, so a merchant's focus on the button
        // and the "Copied" line survive the re-render.
        const moved = stale.findIndex((element) => boxes.get(element)?.value === field.value);
        if (moved >= 0) {
          const element = stale.splice(moved, 1)[0] as Element;
          const item = boxes.get(element) as CopyBox;
          boxes.delete(element);
          boxes.set(field.element, item);
          track(item.box, field.element, 'right', signal);
          continue;
        }
        const status = h('span', { class: 'ok', role: 'status' });
        const item: CopyBox = { box: h('div', { class: 'copy' }), status, value: field.value };
        // A click after the extension was reloaded under the page can fail: nothing to report then.
        item.box.append(
          h('button', { type: 'button', onclick: () => copy(item).catch(() => {}) }, t('copyClientId')),
          status,
        );
        boxes.set(field.element, item);
        ui(signal).layer.append(item.box);
        track(item.box, field.element, 'right', signal);
      }
      for (const element of stale) drop(element);
      if (model.clientId && model.clientId !== kept) {
        kept = model.clientId;
        const { page } = context;
        const seen = { value: kept, console: page.console, page: page.page, region: page.region, host: location.host };
        updateProgress(context.region(), (progress) => {
          if (progress.clientId?.value !== seen.value) {
            // A new client ID has not been copied yet, whatever happened to the one before.
            progress.clientIdCopied = false;
            progress.clientId = { ...seen, seenAt: Date.now() };
          }
          progress.appRegistered = true;
        }).catch(() => {});
      }
    };
    update();
    context.onScan(update, signal);
    // Copying the client ID any other way (selection, the console's own button) counts as copying it too.
    onCopy((text) => {
      if (kept && recognizeLwaCredential(text).value === kept) copied().catch(() => {});
    }, signal);
    signal.addEventListener('abort', () => {
      for (const element of [...boxes.keys()]) drop(element);
    });
  },
};
