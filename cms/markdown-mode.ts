/**
 * The body editor's switch between "Soạn thảo" and "Mã Markdown". Decap draws the two words as plain text beside an
 * unnamed switch: an editor who clicks "Mã Markdown" stays in the rich editor, types "[Cổng](https://…)" there, and
 * the link is saved as text (the rich editor escapes it). Here the words switch the mode, and the switch says what
 * it does to a screen reader.
 */

const isRaw = (element: Element) => Boolean(element.closest('.cms-editor-raw'));

/** The switch and its two words ("Soạn thảo", "Mã Markdown") in a body editor's toolbar. */
function parts(toggle: Element): { rich: HTMLElement | undefined; raw: HTMLElement | undefined } {
  return {
    rich: toggle.previousElementSibling as HTMLElement | undefined,
    raw: toggle.nextElementSibling as HTMLElement | undefined,
  };
}

const switches = () =>
  document.querySelectorAll<HTMLElement>('.cms-editor-visual [role=switch], .cms-editor-raw [role=switch]');

function describe(): void {
  for (const toggle of switches()) {
    const raw = String(isRaw(toggle));
    const { rich, raw: markdown } = parts(toggle);
    const name = markdown?.textContent?.trim() || 'Mã Markdown';
    if (toggle.getAttribute('aria-label') !== name) toggle.setAttribute('aria-label', name);
    if (toggle.getAttribute('aria-checked') !== raw) toggle.setAttribute('aria-checked', raw);
    for (const word of [rich, markdown]) if (word && word.style.cursor !== 'pointer') word.style.cursor = 'pointer';
  }
}

export function clickableMarkdownMode(): void {
  document.addEventListener('click', (event) => {
    const word = event.target instanceof Element ? event.target.closest('span') : null;
    const toggle = word?.parentElement?.querySelector<HTMLElement>(':scope > [role=switch]');
    if (!word || !toggle || !toggle.closest('.cms-editor-visual, .cms-editor-raw')) return;
    const { rich, raw } = parts(toggle);
    if ((word === raw && !isRaw(toggle)) || (word === rich && isRaw(toggle))) toggle.click();
  });
  new MutationObserver(describe).observe(document.body, { childList: true, subtree: true });
}
