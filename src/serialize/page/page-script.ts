/**
 * The page's only script, inline: popovers for highlighted mentions. A mention (mark.m, focusable)
 * names its popover with aria-describedby; hover or keyboard focus shows it next to the mention,
 * Escape hides it, the pointer may move onto it (to follow the Wikidata link) without it closing,
 * and Enter jumps to the thing's entry in the panels. Without the script the page still works: the
 * popovers stay hidden and the panels list everything.
 */
const SCRIPT = String.raw`(() => {
  'use strict';
  let shown = null;
  let hideTimer = 0;
  const markOf = (node) => (node instanceof Element ? node.closest('mark.m') : null);
  const tipOf = (mark) => {
    const id = mark.getAttribute('aria-describedby');
    return id ? document.getElementById(id) : null;
  };
  const place = (tip, mark) => {
    const box = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    tip.style.left = '0px';
    tip.style.top = '0px';
    const left = Math.max(8, Math.min(box.left, width - tip.offsetWidth - 8));
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = box.bottom + window.scrollY + 6 + 'px';
  };
  const hide = () => {
    clearTimeout(hideTimer);
    if (shown) shown.tip.hidden = true;
    shown = null;
  };
  const show = (mark) => {
    const tip = tipOf(mark);
    if (!tip) return;
    if (shown && shown.mark === mark) return clearTimeout(hideTimer);
    hide();
    tip.hidden = false;
    place(tip, mark);
    shown = { mark, tip };
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  };
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
    else if (!(shown && shown.tip.contains(event.target))) hide();
  });
  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
    else if (shown && shown.tip.contains(event.target)) clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', (event) => {
    if (shown && !(event.relatedTarget instanceof Node && (shown.tip.contains(event.relatedTarget) || shown.mark.contains(event.relatedTarget)))) hideSoon();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown) {
      const mark = shown.mark;
      hide();
      if (document.activeElement !== mark && shown === null && mark.hasAttribute('tabindex')) mark.focus();
      return;
    }
    const mark = markOf(event.target);
    if (event.key === 'Enter' && mark && mark === event.target) {
      const id = (mark.getAttribute('aria-describedby') || '').replace(/^tip-/, 'thing-');
      const entry = id && document.getElementById(id);
      if (entry) {
        event.preventDefault();
        hide();
        entry.focus();
      }
    }
  });
  window.addEventListener('resize', () => shown && place(shown.tip, shown.mark));
})();`;

/** The inline script of the page (static: no article data is ever written into it). */
export function pageScript(): string {
  return SCRIPT;
}
