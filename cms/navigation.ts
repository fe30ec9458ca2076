/**
 * Going straight from one entry's editor to another's (Back from a new article to "Cài đặt chung", a link in a
 * message to the entry that cites this one), Decap keeps the same editor on screen: its fields are the new entry's
 * but its controls and values are still the old one's (a date input under "Giới thiệu ngắn", empty fields). So such a
 * move goes through the collection's list first, which makes Decap build the editor afresh.
 */

/** The collection of an editor's address (#/collections/<name>/new or …/entries/<slug>), or undefined. */
export function editorCollection(hash: string): string | undefined {
  return /^#\/collections\/([^/?]+)\/(?:new|entries\/[^?]+)(?:\?.*)?$/.exec(hash)?.[1];
}

export function freshEditorBetweenEntries(): void {
  let current = location.hash;
  let rebuilding = false;
  window.addEventListener('hashchange', () => {
    const previous = current;
    current = location.hash;
    const collection = editorCollection(current);
    if (rebuilding || previous === current || !collection || !editorCollection(previous)) return;
    rebuilding = true;
    const target = current;
    // After Decap has handled this change: through the list (the editor goes away), then to the entry.
    setTimeout(() => {
      location.replace(`#/collections/${collection}`);
      setTimeout(() => {
        location.replace(target);
        current = target;
        rebuilding = false;
      }, 150);
    }, 0);
  });
}
