/**
 * Decap's media library, made to say and check what this site needs:
 * - a file is checked before it is uploaded (src/lib/cms/uploads.ts): type, bytes and, for a photo, its size in
 *   pixels; a refusal says which limit it breaks and what is accepted;
 * - in a bulletin, the library is for its recording: its title and buttons say "tệp âm thanh", not "ảnh";
 * - Decap's own "… already exists. Do you want to replace it?" question (hard-coded in English) is asked in
 *   Vietnamese, and answering yes overwrites the file instead of first deleting the one published entries use.
 */
import { uploadKindOf, uploadProblem, UPLOAD_NAMES, acceptedTypes, type UploadKind } from '../src/lib/cms/uploads';
import { replaceFile } from './references';

/** The library a file input belongs to: images only, or a bulletin's recording, or either (the site-wide library). */
function libraryKind(input: HTMLInputElement): UploadKind | undefined {
  if (input.accept.startsWith('image/')) return 'image';
  return isBulletinRoute() ? 'audio' : undefined;
}
const isBulletinRoute = () => /^#\/collections\/bulletins\//.test(location.hash);

async function pixels(file: File): Promise<{ width?: number; height?: number }> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return {};
  }
}

/** Why the file cannot go into this library, or undefined. */
export async function fileProblem(file: File, library: UploadKind | undefined): Promise<string | undefined> {
  const kind = library ?? uploadKindOf(file.name);
  if (!kind)
    return `“${file.name}” không phải ảnh hay tệp âm thanh được nhận. Chỉ nhận ảnh ${acceptedTypes('image')}, hoặc tệp âm thanh ${acceptedTypes('audio')}.`;
  const size = kind === 'image' ? await pixels(file) : {};
  return uploadProblem({ name: file.name, bytes: file.size, ...size }, kind);
}

const checked = new WeakSet<Event>();

/**
 * Runs before Decap's own handler (capture, on the document): the change is held while the file is read, then
 * either refused with the reason or let through to Decap as a new change event.
 */
function checkUploads(): void {
  document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || checked.has(event)) return;
      const file = input.files?.[0];
      if (!file) return;
      event.stopImmediatePropagation();
      void fileProblem(file, libraryKind(input)).then((problem) => {
        if (problem) {
          window.alert(problem);
          input.value = '';
          return;
        }
        const again = new Event('change', { bubbles: true });
        checked.add(again);
        input.dispatchEvent(again);
      });
    },
    true,
  );
}

/** Texts of the library's own buttons and title, as an image library and as a bulletin's recording library. */
const LIBRARY_TEXTS: Record<UploadKind, string[]> = {
  image: ['Dùng ảnh đã chọn', 'Xóa ảnh đã chọn', 'Tệp', 'Chưa có tệp nào.'],
  audio: ['Dùng tệp âm thanh đã chọn', 'Xóa tệp âm thanh đã chọn', 'Tệp âm thanh', 'Chưa có tệp âm thanh nào.'],
};

/**
 * Decap's library has one set of texts for every field. In a bulletin it serves the recording: its texts are
 * rewritten there, and back again elsewhere (React reuses the same text nodes).
 */
function relabel(): void {
  const upload = document.querySelector<HTMLInputElement>('input[type=file]');
  const modal = upload?.closest('[role=dialog], .ReactModal__Content');
  if (!upload || !modal) return;
  const kind: UploadKind = !upload.accept.startsWith('image/') && isBulletinRoute() ? 'audio' : 'image';
  const want = LIBRARY_TEXTS[kind];
  const other = LIBRARY_TEXTS[kind === 'audio' ? 'image' : 'audio'];
  const walker = document.createTreeWalker(modal, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = other.indexOf(node.nodeValue ?? '');
    if (index >= 0) node.nodeValue = want[index]!;
  }
}

/** Decap asks in English before overwriting a file of the same name; ask in Vietnamese, and overwrite in place. */
function vietnameseReplaceQuestion(): void {
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => {
    const exists = /^(.+) already exists\. Do you want to replace it\?$/.exec(message ?? '');
    if (!exists) return confirm(message);
    const name = exists[1]!;
    const what = UPLOAD_NAMES[uploadKindOf(name) ?? 'image'];
    const yes = confirm(
      `Thư viện đã có ${what} tên “${name}”. Thay bằng tệp vừa chọn?\n\nCác mục đang dùng “${name}” sẽ hiện tệp mới sau khi bài này được công bố. Muốn giữ cả hai thì bấm Hủy, đổi tên tệp trên máy rồi tải lên lại.`,
    );
    if (yes) replaceFile(name);
    return yes;
  };
}

export function improveMediaLibrary(): void {
  checkUploads();
  vietnameseReplaceQuestion();
  new MutationObserver(relabel).observe(document.body, { childList: true, subtree: true, characterData: true });
}
