/** Folder where drawn share cards are kept between builds (src/integrations/share-cards.ts). */
declare const __SHARE_CARD_CACHE__: string;
/** Path of the worker thread that draws share cards (same integration). */
declare const __SHARE_CARD_WORKER__: string;
