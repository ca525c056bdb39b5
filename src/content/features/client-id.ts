// The client ID: a "Copy Client ID" button beside it that puts exactly the ID on the clipboard and says so
// (dom-contract: Copy button), and the ID kept with where and when it was seen, so that the popup can hand it over
// later. The client ID is public (every shopper's browser receives it); the secret is never kept.
import { recognizeLwaCredential } from '../../core/credentials';
import { t } from '../../platform/i18n';
import { updateProgress } from '../../platform/storage';
import { h, track, ui, untrack } from '../../ui/host';
import { onCopy, writeClipboard } from '../clipboard';
import type { Feature } from '../session';

export const clientIdFeature: Feature = {
  name: 'client-id',
  init(signal, context) {
    let clientId: string | null = null;
    const status = h('span', { class: 'ok', role: 'status' });
    const button = h('button', { type: 'button', onclick: () => copy() }, t('copyClientId'));
    const box = h('div', { class: 'copy' }, button, status);

    const copied = () =>
      updateProgress(context.page.region, (progress) => {
        progress.clientIdCopied = true;
      });
    const copy = async () => {
      if (!clientId) return;
      const ok = await writeClipboard(clientId);
      status.textContent = ok ? t('copied') : t('copyFailed');
      if (ok) await copied();
    };

    const update = () => {
      const field = context.scan().model.fields.find((f) => f.name === 'client-id' && f.visible);
      if (!field) {
        untrack(box);
        box.remove();
        return;
      }
      if (field.value !== clientId) {
        clientId = field.value;
        status.textContent = '';
        const { page } = context;
        const seen = {
          value: field.value,
          console: page.console,
          page: page.page,
          region: page.region,
          host: location.host,
        };
        updateProgress(page.region, (progress) => {
          if (progress.clientId?.value !== seen.value) {
            // A new client ID has not been copied yet, whatever happened to the one before.
            progress.clientIdCopied = false;
            progress.clientId = { ...seen, seenAt: Date.now() };
          }
          progress.appRegistered = true;
        }).catch(() => {});
      }
      if (!box.isConnected) ui(signal).layer.append(box);
      track(box, field.element, 'right', signal);
    };
    update();
    context.onScan(update, signal);
    // Copying the client ID any other way (selection, the console's own button) counts as copying it too.
    onCopy((text) => {
      if (clientId && recognizeLwaCredential(text).value === clientId) copied().catch(() => {});
    }, signal);
    signal.addEventListener('abort', () => {
      untrack(box);
      box.remove();
    });
  },
};
