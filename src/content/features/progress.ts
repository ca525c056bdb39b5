// Records what the merchant has done, as seen on the console pages, for the checklist, the badge and the next step:
// the Login with Amazon console opened, an application registered, Web Settings saved, back on Amazon Pay.
import { updateProgress } from '../../platform/storage';
import type { Feature } from '../session';

export const progressFeature: Feature = {
  name: 'progress',
  init(signal, context) {
    let last = '';
    const update = () => {
      const { page, model } = context.scan();
      const saved = model.state.savedWebSettings;
      // Storage is touched only when what the page shows has changed, not on every re-render.
      const key = JSON.stringify([page, model.state.hasApp, saved]);
      if (key === last) return;
      last = key;
      updateProgress(context.region(), (progress) => {
        if (page.console !== 'amazon-pay') progress.lwaConsoleOpened = true;
        if (model.state.hasApp) progress.appRegistered = true;
        if (saved && saved.origins > 0) {
          const same =
            progress.webSettings?.origins === saved.origins && progress.webSettings.returnUrls === saved.returnUrls;
          if (!same) progress.webSettings = { ...saved, savedAt: Date.now() };
        }
        if (page.console === 'amazon-pay' && progress.webSettings) progress.backOnAmazonPay = true;
      }).catch(() => {});
    };
    update();
    context.onScan(update, signal);
  },
};
