/** Folder where drawn share cards are kept between builds (src/integrations/share-cards.ts). */
declare const __SHARE_CARD_CACHE__: string;
