import { formatAccessDate, loadedAddress } from '../lib/sharing/page-address.ts';

/**
 * Progressive enhancement for links, citations and copy buttons.
 *
 * `[data-page-url]` elements (the permanent link, the URL in citations) get
 * the address the page was loaded from, so what a reader copies works where
 * the site is served; `[data-access-date]` elements get today's date in their
 * format, and the access-date lines of BibTeX and RIS are shown. Buttons: `[data-copy-text]` copies its text, `[data-copy-target]`
 * the text of the element with that id. The result is shown, and announced
 * to screen readers, in the nearest `[data-copy-status]` live region.
 */
export function enhanceCopyButtons(root: ParentNode): void {
  const address = loadedAddress(location);
  if (address) {
    for (const element of root.querySelectorAll<HTMLElement>('[data-page-url]')) {
      element.textContent = address;
      if (element instanceof HTMLAnchorElement) element.href = address;
    }
  }
  const today = new Date();
  for (const element of root.querySelectorAll<HTMLElement>('[data-access-date]')) {
    element.textContent = formatAccessDate(today, element.dataset.accessDate ?? 'long');
  }
  // Access-date lines of BibTeX and RIS stay hidden without a script: a placeholder there imports as a broken date.
  for (const element of root.querySelectorAll<HTMLElement>('[data-access-line]')) element.hidden = false;

  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-text], button[data-copy-target]')) {
    if (button.dataset.copyReady) continue; // several components on one page call this
    button.dataset.copyReady = 'true';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const targetId = button.dataset.copyTarget;
      const text = targetId ? (document.getElementById(targetId)?.textContent ?? '') : (button.dataset.copyText ?? '');
      const status = button.parentElement?.querySelector('[data-copy-status]');
      try {
        await navigator.clipboard.writeText(text.trim());
        if (status) status.textContent = button.dataset.copyDone ?? 'Copied';
      } catch {
        if (status) status.textContent = 'Could not copy: select the text and copy it by hand.';
      }
    });
  }
}
