import type { CardInput } from '../../lib/sharing/quote-card.ts';

/** A quote card's input with words long enough to wrap, shared by the card model and drawing tests. */
export const CARD_INPUT: CardInput = {
  label: 'Quotation',
  words: '“If our borders are violated, we will strike back - even inside Afghanistan if necessary.”',
  speaker: 'Khawaja Asif',
  role: 'Pakistan’s Defence Minister',
  side: 'pakistan',
  sideLabel: 'Pakistan',
  source: 'As reported in From Istanbul To Tora Bora',
  siteName: 'Who Said What: Pakistan and the Afghan Taliban',
};
