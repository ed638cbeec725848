import { findDirective, parseTextDirective } from '../lib/routes/text-fragment.ts';

/**
 * On a source's page opened from a statement's "Show the words in the
 * source" link (`#p3:~:text=…`): marks the words inside the paragraph with
 * `<mark class="source-mark">`, in every browser (browsers that support text
 * fragments also mark them their own way, and hide the directive from
 * `location`, so it is read from the navigation entry), and scrolls to them
 * or, when they are not found, to the paragraph. Returns the mark, or null.
 */
export function markLinkedWords(doc: Document, url: string): HTMLElement | null {
  const hashAt = url.indexOf('#');
  const parsed = hashAt < 0 ? null : parseTextDirective(url.slice(hashAt));
  if (!parsed) return null;
  const target = doc.getElementById(parsed.anchor);
  if (!target) return null;
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = doc.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  const found = findDirective(text, parsed.directive);
  if (!found) {
    target.scrollIntoView({ block: 'center' });
    return null;
  }
  const at = (offset: number, isEnd: boolean) => {
    const hit = nodes.find(({ node, start }) => (isEnd ? offset > start && offset <= start + node.data.length : offset >= start && offset < start + node.data.length)) ?? nodes.at(-1)!;
    return [hit.node, offset - hit.start] as const;
  };
  const range = doc.createRange();
  range.setStart(...at(found.start, false));
  range.setEnd(...at(found.end, true));
  const mark = doc.createElement('mark');
  mark.className = 'source-mark';
  mark.append(range.extractContents());
  range.insertNode(mark);
  const box = mark.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) mark.scrollIntoView({ block: 'center' });
  return mark;
}

/** The address the page was opened at, with its text directive if it had one. */
export function openedAt(): string {
  if (location.href.includes(':~:')) return location.href;
  const navigation = performance.getEntriesByType('navigation')[0];
  return navigation?.name.includes(':~:') ? navigation.name : location.href;
}
