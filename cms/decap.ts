/**
 * Decap CMS as this CMS uses it. Decap's typings lag behind its API (raw styles, returning data from preSave,
 * registering a widget by its options), so init.ts and widgets.ts call it through this shape.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig } from './config';

export interface DecapApi {
  init(options: { config: CmsConfig }): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerEditorComponent(component: unknown): void;
  registerEventListener(listener: {
    name: string;
    handler: (args: { entry: { get(key: string): unknown } }) => unknown;
  }): void;
  registerWidget(name: string | Record<string, unknown>, control?: unknown, preview?: unknown): void;
  getWidget(name: string): {
    control: new (props: { value?: unknown }) => { validate: () => void; props: { value?: unknown } };
    preview?: unknown;
    [option: string]: unknown;
  };
  registerLocale(locale: string, phrases: unknown): void;
  /** A registered backend; its `init` creates the implementation Decap talks to (references.ts wraps it). */
  getBackend(name: string): { init: (...args: unknown[]) => unknown } | undefined;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: {
      fromFile(content: string): unknown;
      toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
    },
  ): void;
}
export const cms = CMS as unknown as DecapApi;
