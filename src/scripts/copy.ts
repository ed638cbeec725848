/**
 * Progressive enhancement for copy buttons: `[data-copy-text]` copies its
 * text, `[data-copy-target]` the text of the element with that id. The result
 * is announced in the nearest `[data-copy-status]` live region.
 */
export function enhanceCopyButtons(root: ParentNode): void {
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
